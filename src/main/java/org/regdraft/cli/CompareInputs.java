package org.regdraft.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.regdraft.RegdraftException;
import org.regdraft.check.Finding;
import org.regdraft.markdown.MarkdownReader;
import org.regdraft.markdown.ReadResult;
import org.regdraft.model.Regulation;
import org.regdraft.workspace.VersionStore;
import org.regdraft.workspace.Workspace;

/**
 * The two versions a comparing command ({@code diff}, {@code redline}, {@code table}, {@code
 * amend}, {@code package}) works on, from the arguments in either form:
 *
 * <ul>
 *   <li>{@code REG [FROM [TO]]}: a regulation and two revisions; FROM defaults to the last saved
 *       version ({@code HEAD}), TO to the working tree;
 *   <li>{@code OLD.md NEW.md}: two existing files, compared without any repository (as {@code git
 *       diff --no-index}).
 * </ul>
 */
public final class CompareInputs {
  /** The revision that stands for "the last saved version". */
  public static final String LAST_SAVED = "HEAD";

  /**
   * One side: the regulation read, how to name it in output (file@revision), who saved that
   * version (empty for the working tree and for plain files), and when it was written: the commit's
   * time, else the file's modification time (the date in the Word documents' properties).
   */
  public record Side(
      Regulation regulation, String name, java.util.Optional<VersionStore.Author> author, java.time.Instant written, String label) {
    public Side(Regulation regulation, String name, java.util.Optional<VersionStore.Author> author, java.time.Instant written) {
      this(regulation, name, author, written, name);
    }
  }

  /** The old and the new side. */
  public record Sides(Side from, Side to) {
    /**
     * What was compared, for file names and the first line of documents: {@code 公布稿→征求意见稿}
     * (the revisions as the user named them; 最近保存稿 for HEAD, 工作区 for the working tree).
     */
    public String label() {
      return from.label() + "→" + to.label();
    }

    /**
     * A warning when FROM was saved after TO: a redline, table or decision from the newer text
     * to the older one is backwards, and nothing else would say so.
     */
    public java.util.Optional<String> orderWarning() {
      if (from.author().isEmpty() || to.author().isEmpty()) return java.util.Optional.empty();
      var a = from.author().get().when();
      var b = to.author().get().when();
      if (!a.isAfter(b)) return java.util.Optional.empty();
      return java.util.Optional.of("警告：比较方向是从新到旧——FROM“" + from.label() + "”（" + a.toLocalDate() + "）晚于 TO“"
          + to.label() + "”（" + b.toLocalDate() + "）。通常旧稿在前、新稿在后；如果不是有意为之，请交换两者");
    }

    /** Prints {@link #orderWarning()} when there is one. */
    public void warn(java.io.PrintWriter err) {
      orderWarning().ifPresent(err::println);
    }
  }

  /** How a revision is named in output: as the user wrote it, with words for HEAD and worktree. */
  static String revisionLabel(String revision) {
    if (revision.equals(LAST_SAVED)) return "最近保存稿";
    if (revision.equals(VersionStore.WORKTREE)) return "工作区";
    return revision;
  }

  private CompareInputs() {}

  /** Declares the positional parameter, bound to {@code field}, that {@link #resolve} takes apart. */
  static void declare(Declaration d, String field) {
    d.positional(field, "REG [FROM [TO]] | OLD.md NEW.md",
        "法规及两个版本（FROM 默认为最近保存的版本 HEAD，TO 默认为 worktree 工作区），或两个文件").arity("1..3");
  }

  /** Resolves {@code args} (1 to 3 words) in {@code ws}, reading revisions from {@code store}. */
  public static Sides resolve(Workspace ws, VersionStore store, List<String> args) throws RegdraftException {
    if (args.isEmpty() || args.size() > 3) {
      throw new RegdraftException("参数应为 REG [FROM [TO]] 或 OLD.md NEW.md");
    }
    if (args.size() == 2 && isFile(args.get(0)) && isFile(args.get(1))) {
      Path a = Path.of(args.get(0));
      Path b = Path.of(args.get(1));
      VersionStore files = VersionStore.worktreeOnly();
      return new Sides(side(files, a, VersionStore.WORKTREE, ws.display(a), Workspace.titleOf(a)),
          side(files, b, VersionStore.WORKTREE, ws.display(b), Workspace.titleOf(b)));
    }
    RegulationRef ref = RegulationRef.parse(args.get(0));
    Path file = ws.resolve(ref.name());
    String from = args.size() > 1 ? args.get(1) : ref.revision().isEmpty() ? LAST_SAVED : ref.revision();
    String to = args.size() > 2 ? args.get(2) : VersionStore.WORKTREE;
    String name = ws.display(file);
    return new Sides(side(store, file, from, name + "@" + from, revisionLabel(from)),
        side(store, file, to, name + "@" + to, revisionLabel(to)));
  }

  /**
   * Several regulations at the same two revisions (a package decision): {@code REG... --from FROM
   * [--to TO]}; TO defaults to the working tree. A revision written after a name (REG@REV) is
   * refused, since --from and --to name the versions of every regulation.
   */
  public static List<Sides> resolveEach(Workspace ws, VersionStore store, List<String> regs, String from, String to) throws RegdraftException {
    List<Sides> out = new java.util.ArrayList<>();
    for (String reg : regs) {
      RegulationRef ref = RegulationRef.parse(reg);
      if (!ref.revision().isEmpty()) {
        throw new RegdraftException("打包修改时各件法规的版本由 --from、--to 统一指定，不能写成 " + reg, RegdraftException.USAGE, null);
      }
      Path file = ws.resolve(ref.name());
      String name = ws.display(file);
      out.add(new Sides(side(store, file, from, name + "@" + from, revisionLabel(from)), side(store, file, to, name + "@" + to, revisionLabel(to))));
    }
    return out;
  }

  private static boolean isFile(String arg) {
    try {
      return Files.isRegularFile(Path.of(arg));
    } catch (java.nio.file.InvalidPathException e) {
      return false;
    }
  }

  private static Side side(VersionStore store, Path file, String revision, String name, String label)
      throws RegdraftException {
    var author = store.author(file, revision);
    return new Side(read(store, file, revision, name), name, author, author.map(a -> a.when().toInstant()).orElseGet(() -> modified(file)), label);
  }

  /** When the file was last written; now when that cannot be read. */
  static java.time.Instant modified(Path file) {
    try {
      return Files.getLastModifiedTime(file).toInstant();
    } catch (java.io.IOException | RuntimeException e) {
      return java.time.Instant.now();
    }
  }

  /**
   * One version of a regulation, refused (exit 1) when the reader finds errors: a comparison or a
   * document made from a text that was not fully understood could silently lose part of it.
   */
  public static Regulation read(VersionStore store, Path file, String revision, String name) throws RegdraftException {
    ReadResult rr = MarkdownReader.read(store.read(file, revision), name);
    if (rr.hasErrors()) {
      StringBuilder sb = new StringBuilder(name + " 有无法识别的内容，未处理：");
      for (Finding f : rr.findings()) if (f.isError()) sb.append("\n  ").append(f.format());
      throw RegdraftException.content(sb.toString());
    }
    return rr.regulation();
  }
}
