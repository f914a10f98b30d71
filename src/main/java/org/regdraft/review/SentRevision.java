package org.regdraft.review;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regdraft.RegdraftException;
import org.regdraft.check.Finding;
import org.regdraft.markdown.MarkdownReader;
import org.regdraft.markdown.ReadResult;
import org.regdraft.model.Regulation;
import org.regdraft.render.docx.ReviewCopyDocxWriter;
import org.regdraft.render.docx.ReviewLine;
import org.regdraft.repo.RegRepo;
import org.regdraft.repo.Revisions;
import org.regdraft.workspace.Workspace;

/**
 * The saved version a review copy is made from, and the document properties that name it in the
 * copy: the regulation's file in the repository and the commit.
 *
 * @param path the regulation's file in the repository ({@code regulations/X.md})
 * @param commit the full hash of the version's commit
 */
public record SentRevision(String path, String title, String commit, Regulation regulation, String text) {
  public static final String PROP_REGULATION = "regdraft-regulation";
  public static final String PROP_TITLE = "regdraft-title";
  public static final String PROP_REVISION = "regdraft-revision";
  public static final String PROP_RECIPIENT = "regdraft-recipient";
  public static final String PROP_SENT = "regdraft-sent";

  /** The version {@code revision} names (HEAD when empty) of {@code file}; refused when it does not read cleanly. */
  public static SentRevision of(RegRepo repo, Path file, String revision) throws RegdraftException {
    String rev = revision == null || revision.isBlank() ? "HEAD" : revision.strip();
    Revisions.Version v = repo.revisions().resolve(file, rev);
    String path = repo.pathOf(file);
    ReadResult rr = MarkdownReader.read(v.text(), path + "@" + v.commit().abbreviate(7).name());
    if (rr.hasErrors()) {
      StringBuilder sb = new StringBuilder(path + "（版本 " + v.commit().abbreviate(7).name() + "）有无法识别的内容：");
      for (Finding f : rr.findings()) if (f.isError()) sb.append("\n  ").append(f.format());
      throw RegdraftException.content(sb.toString());
    }
    return new SentRevision(path, Workspace.titleOf(file), v.commit().name(), rr.regulation(), v.text());
  }

  /** The paragraphs of the copy, as {@code review send} writes them. */
  public List<ReviewLine> lines() {
    return ReviewCopyDocxWriter.lines(regulation);
  }

  /** The custom document properties of a copy sent to {@code recipient} on {@code day}. */
  public Map<String, String> properties(String recipient, String day) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put(PROP_REGULATION, path);
    m.put(PROP_TITLE, title);
    m.put(PROP_REVISION, commit);
    if (recipient != null && !recipient.isBlank()) m.put(PROP_RECIPIENT, recipient.strip());
    m.put(PROP_SENT, day);
    return m;
  }
}
