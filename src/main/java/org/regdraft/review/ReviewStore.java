package org.regdraft.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.regdraft.RegdraftException;
import org.regdraft.workspace.AtomicFiles;
import org.regdraft.workspace.TextFiles;

/**
 * The proposals of a repository: {@code reviews/<法规名>/R<n>.yaml}, one file per returned copy.
 * Copy numbers run across the whole repository, so an id like {@code R3-2} names one proposal
 * without naming the regulation.
 */
public final class ReviewStore {
  public static final String DIR = "reviews";
  private static final Pattern FILE = Pattern.compile("R([0-9]+)\\.yaml");
  private static final Pattern ID = Pattern.compile("R([0-9]+)-([0-9]+)");

  private final Path root;

  /** {@code root} is the repository's working tree (the folder holding regulations/). */
  public ReviewStore(Path root) {
    this.root = root;
  }

  /** The folder of one regulation's proposals ({@code title} is the file name without .md). */
  public Path dir(String title) {
    return root.resolve(DIR).resolve(title);
  }

  /** The file a copy is stored in. */
  public Path file(String title, String copyId) {
    return dir(title).resolve(copyId + ".yaml");
  }

  /** One stored copy and its file. */
  public record Stored(Path file, String title, ReturnedCopy copy) {}

  /** The copies imported for one regulation, in import order. */
  public List<ReturnedCopy> copies(String title) throws RegdraftException {
    List<ReturnedCopy> out = new ArrayList<>();
    for (Stored s : stored(dir(title), title)) out.add(s.copy());
    return out;
  }

  /** Every proposal of one regulation, copy by copy. */
  public List<Proposal> proposals(String title) throws RegdraftException {
    List<Proposal> out = new ArrayList<>();
    for (ReturnedCopy c : copies(title)) out.addAll(c.proposals());
    return out;
  }

  /** Every stored copy of the repository. */
  public List<Stored> all() throws RegdraftException {
    Path base = root.resolve(DIR);
    if (!Files.isDirectory(base)) return List.of();
    List<Stored> out = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(base)) {
      for (Path d : dirs.filter(Files::isDirectory).sorted().toList()) {
        out.addAll(stored(d, d.getFileName().toString()));
      }
    } catch (IOException e) {
      throw new RegdraftException("无法读取 " + base + "：" + e.getMessage(), RegdraftException.USAGE, e);
    }
    return out;
  }

  private List<Stored> stored(Path d, String title) throws RegdraftException {
    if (!Files.isDirectory(d)) return List.of();
    List<Path> files;
    try (Stream<Path> s = Files.list(d)) {
      files = s.filter(f -> FILE.matcher(f.getFileName().toString()).matches())
          .sorted(Comparator.comparingInt(ReviewStore::number))
          .toList();
    } catch (IOException e) {
      throw new RegdraftException("无法读取 " + d + "：" + e.getMessage(), RegdraftException.USAGE, e);
    }
    List<Stored> out = new ArrayList<>();
    for (Path f : files) out.add(new Stored(f, title, ProposalFile.parse(TextFiles.readUtf8(f), display(f))));
    return out;
  }

  private String display(Path f) {
    return f.startsWith(root) ? root.relativize(f).toString() : f.toString();
  }

  private static int number(Path f) {
    Matcher m = FILE.matcher(f.getFileName().toString());
    return m.matches() ? Integer.parseInt(m.group(1)) : 0;
  }

  /** The id the next imported copy gets: one more than any copy of the repository ({@code R1} first). */
  public String nextCopyId() throws RegdraftException {
    int max = 0;
    Path base = root.resolve(DIR);
    if (Files.isDirectory(base)) {
      try (Stream<Path> files = Files.walk(base, 2)) {
        for (Path f : files.toList()) max = Math.max(max, number(f));
      } catch (IOException e) {
        throw new RegdraftException("无法读取 " + base + "：" + e.getMessage(), RegdraftException.USAGE, e);
      }
    }
    return "R" + (max + 1);
  }

  /** Writes a copy (atomically) and returns its file. */
  public Path write(String title, ReturnedCopy copy) throws RegdraftException {
    Path f = file(title, copy.id());
    try {
      Files.createDirectories(f.getParent());
    } catch (IOException e) {
      throw new RegdraftException("无法创建文件夹 " + f.getParent() + "：" + e.getMessage(), RegdraftException.USAGE, e);
    }
    AtomicFiles.writeString(f, ProposalFile.format(copy));
    return f;
  }

  /** The proposal with this id ({@code R3-2}) and the copy holding it. */
  public Optional<Stored> find(String proposalId) throws RegdraftException {
    Matcher m = ID.matcher(proposalId.strip());
    if (!m.matches()) {
      throw new RegdraftException("意见编号“" + proposalId + "”无效，应写作 R1-3（第 1 份返回稿的第 3 条意见）", RegdraftException.USAGE);
    }
    for (Stored s : all()) {
      if (s.copy().id().equals("R" + m.group(1))) {
        return s.copy().proposal(proposalId.strip()).isPresent() ? Optional.of(s) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** Rewrites the copy holding {@code changed} with it in place of the stored proposal; returns the file. */
  public Path update(Proposal changed) throws RegdraftException {
    Stored s = find(changed.id()).orElseThrow(() -> RegdraftException.content("没有编号为 " + changed.id() + " 的意见"));
    AtomicFiles.writeString(s.file(), ProposalFile.format(s.copy().with(changed)));
    return s.file();
  }
}
