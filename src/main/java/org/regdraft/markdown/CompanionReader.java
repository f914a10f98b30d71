package org.regdraft.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.regdraft.check.Finding;
import org.regdraft.model.Metadata;

/** Recognises and reads companion explanations ({@code kind: 说明}); see {@link Companion}. */
public final class CompanionReader {
  public static final String KIND = "说明";

  private CompanionReader() {}

  /** True when the text's front matter says {@code kind: 说明}. */
  public static boolean isCompanion(String text) {
    String t = MarkdownReader.normalise(text);
    // a regulation is read right after this test: parse its front matter once, not twice
    int end = frontMatterEnd(t);
    if (end < 0 || !t.substring(0, end).contains(KIND)) return false;
    return frontMatter(t).map(m -> KIND.equals(m.kind())).orElse(false);
  }

  /** Reads a companion; problems (no {@code regulation:} key) go to {@code findings}. */
  public static Companion read(String text, String file, List<Finding> findings) {
    String t = MarkdownReader.normalise(text);
    Metadata m = frontMatter(t, file, findings).orElse(Metadata.empty());
    String[] lines = t.split("\n", -1);
    int first = bodyStart(t);
    String title = "";
    List<Companion.Line> body = new ArrayList<>();
    for (int i = first; i < lines.length; i++) {
      String l = lines[i].strip();
      if (l.isEmpty()) continue;
      if (title.isEmpty() && l.startsWith("# ")) title = l.substring(2).strip();
      else body.add(new Companion.Line(i + 1, l));
    }
    String regulation = FrontMatter.scalar(m.extra().get("regulation")).replaceAll("^《|》$", "");
    if (regulation.isEmpty()) {
      findings.add(Finding.error(file, Math.max(1, m.line()), "companion-target", "说明文件的文件头缺少 regulation:（所说明的法规名称）"));
    }
    return new Companion(title, regulation, body);
  }

  private static Optional<Metadata> frontMatter(String t) {
    return frontMatter(t, "", new ArrayList<>());
  }

  private static Optional<Metadata> frontMatter(String t, String file, List<Finding> findings) {
    int end = frontMatterEnd(t);
    if (end < 0) return Optional.empty();
    return Optional.of(FrontMatter.parse(t.substring(4, end + 1), file, 1, findings));
  }

  /** The offset of the newline before the closing {@code ---}; -1 without front matter. */
  private static int frontMatterEnd(String t) {
    return t.startsWith("---\n") ? t.indexOf("\n---", 3) : -1;
  }

  /** The 0-based index of the first line after the front matter. */
  private static int bodyStart(String t) {
    int end = frontMatterEnd(t);
    if (end < 0) return 0;
    return (int) t.substring(0, end + 1).chars().filter(c -> c == '\n').count() + 1;
  }
}
