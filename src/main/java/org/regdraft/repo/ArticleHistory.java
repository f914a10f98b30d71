package org.regdraft.repo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.regdraft.RegdraftException;
import org.regdraft.compare.ArticleChange;
import org.regdraft.compare.ArticleTrail;
import org.regdraft.compare.ChangeKind;
import org.regdraft.compare.Compare;
import org.regdraft.compare.Comparison;
import org.regdraft.markdown.Labels;
import org.regdraft.markdown.MarkdownReader;
import org.regdraft.model.Article;
import org.regdraft.model.ArticleNumber;
import org.regdraft.model.Regulation;
import org.regdraft.workspace.Workspace;

/**
 * 沿革: the versions in which one article changed, oldest first, following it back through
 * renumbering, moves, splits and merges ({@link ArticleTrail}) from a start version to where it
 * first appeared.
 *
 * <p>Only the regulation's own versions are read (the path-filtered walk of {@link History}). A
 * pair of consecutive versions is parsed and compared in full only when the followed article's
 * lines (label included) differ between them: an identical text under the same number is taken as
 * unchanged without parsing or aligning the whole regulation, which is what makes a long history
 * cheap — most versions touch other articles.
 */
public final class ArticleHistory {
  private final RegRepo repo;
  private Path file;
  private ArticleNumber number;
  private ObjectId start;
  private boolean renumbering = true;

  ArticleHistory(RegRepo repo) {
    this.repo = repo;
  }

  /**
   * A version in which the article changed.
   *
   * @param change what happened to it between the previous version and this one; for the version
   *     that created the regulation file, the article as inserted
   */
  public record Entry(
      ObjectId commit, LocalDate date, String author, String email, List<String> stages, String message,
      ArticleChange change) {
    public String shortId() {
      return commit.abbreviate(7).name();
    }
  }

  /**
   * @param entries oldest first
   * @param versions how many versions of the file were read
   * @param compared how many pairs needed the full comparison
   */
  public record Result(List<Entry> entries, int versions, int compared) {}

  public ArticleHistory file(Path f) {
    file = f;
    return this;
  }

  /** The article's number in the start version. */
  public ArticleHistory article(ArticleNumber n) {
    number = n;
    return this;
  }

  /** The version to follow back from (default: the last saved one, HEAD). */
  public ArticleHistory start(ObjectId commit) {
    start = commit;
    return this;
  }

  /** Whether versions that only renumbered the article are listed (default true). */
  public ArticleHistory renumbering(boolean include) {
    renumbering = include;
    return this;
  }

  public Result call() throws RegdraftException {
    String path = repo.pathOf(file);
    String title = Workspace.titleOf(file);
    Map<ObjectId, List<String>> stages = new Stages(repo.repository(), title).byCommit();
    List<Entry> out = new ArrayList<>();
    int compared = 0;
    int read = 0;
    try (RevWalk rw = new RevWalk(repo.repository())) {
      ObjectId from = start != null ? start : repo.repository().resolve(Constants.HEAD);
      if (from == null) return new Result(List.of(), 0, 0);
      List<RevCommit> commits = History.versions(repo.repository(), rw, path, from, Integer.MAX_VALUE);
      Set<ArticleNumber> current = Set.of(number);
      Version newer = commits.isEmpty() ? null : new Version(rw, commits.get(0), path);
      for (int i = 0; i < commits.size() && !current.isEmpty() && newer != null && newer.text.isPresent(); i++) {
        read++;
        Version older = i + 1 < commits.size() ? new Version(rw, commits.get(i + 1), path) : null;
        if (older != null && older.text.isPresent() && sameText(older, newer, current)) {
          newer = older;
          continue;
        }
        compared++;
        Regulation after = newer.regulation();
        Regulation before = older != null && older.text.isPresent() ? older.regulation() : empty(after);
        Comparison cmp = Compare.compare(before, after);
        Set<ArticleNumber> previous = new LinkedHashSet<>();
        Map<ArticleChange, Boolean> seen = new IdentityHashMap<>();
        for (ArticleNumber n : current) {
          List<ArticleTrail.Step> steps = ArticleTrail.backward(List.of(cmp), n, true);
          if (steps.isEmpty()) previous.add(n); // unchanged: same number in the older version
          for (ArticleTrail.Step s : steps) {
            ArticleChange ch = s.change();
            if (seen.put(ch, Boolean.TRUE) != null) continue;
            for (Article a : ch.oldArticles()) previous.add(a.number());
            boolean numberingOnly = ch.change() == ChangeKind.RENUMBERED || ch.change() == ChangeKind.CITATIONS_ADJUSTED;
            if (renumbering || !numberingOnly) out.add(entry(newer.commit, stages, ch));
          }
        }
        current = previous;
        newer = older;
      }
    } catch (IOException e) {
      throw History.io(e);
    }
    Collections.reverse(out);
    return new Result(out, read, compared);
  }

  /** One version of the file: its text read at once, parsed only when a comparison needs it. */
  private static final class Version {
    final RevCommit commit;
    final String name;
    final Optional<String> text;
    private Regulation parsed;

    Version(RevWalk rw, RevCommit c, String path) throws IOException, RegdraftException {
      rw.parseHeaders(c);
      commit = c;
      name = path + "@" + c.abbreviate(7).name();
      Optional<ObjectId> blob = History.blob(rw.getObjectReader(), c.getTree(), path);
      text = blob.isEmpty() ? Optional.empty() : Optional.of(History.text(rw.getObjectReader(), blob.get(), name));
    }

    Regulation regulation() {
      if (parsed == null) parsed = MarkdownReader.read(text.orElseThrow(), name).regulation();
      return parsed;
    }
  }

  /**
   * Whether every followed article has the same number and the same text in both versions: first
   * on the raw Markdown (the article's lines, found by its label), which spares parsing the
   * versions that touched other articles; on the parsed articles when the raw lines cannot be
   * delimited (a non-canonical file).
   */
  private static boolean sameText(Version older, Version newer, Set<ArticleNumber> numbers) {
    boolean raw = true;
    for (ArticleNumber n : numbers) {
      Optional<String> o = rawArticle(older.text.get(), n);
      Optional<String> a = rawArticle(newer.text.get(), n);
      if (o.isEmpty() || a.isEmpty()) {
        raw = false;
        break;
      }
      if (!o.get().equals(a.get())) return false;
    }
    if (raw) return true;
    for (ArticleNumber n : numbers) {
      Optional<Article> o = older.regulation().article(n);
      Optional<Article> a = newer.regulation().article(n);
      if (o.isEmpty() || a.isEmpty() || !o.get().text().equals(a.get().text())) return false;
    }
    return true;
  }

  /**
   * The lines of article {@code n} as written: from its label at the start of a line to the next
   * line the reader takes for an article or a heading. Empty when the label is missing or occurs
   * twice, so that the caller falls back to the parsed model.
   */
  static Optional<String> rawArticle(String text, ArticleNumber n) {
    String key = "\n" + n.label() + "\u3000";
    int at = text.indexOf(key);
    if (at < 0 || text.indexOf(key, at + 1) >= 0) return Optional.empty();
    int end = text.length();
    int line = text.indexOf('\n', at + 1);
    while (line >= 0 && line + 1 < text.length()) {
      int next = text.indexOf('\n', line + 1);
      String l = text.substring(line + 1, next < 0 ? text.length() : next);
      if (l.startsWith("#") || (l.startsWith("第") && Labels.ARTICLE.matcher(l).matches())) {
        end = line;
        break;
      }
      line = next;
    }
    return Optional.of(text.substring(at + 1, end));
  }

  /** The regulation before its first version: nothing, so that every article is inserted. */
  private static Regulation empty(Regulation r) {
    return new Regulation(r.metadata(), r.title(), List.of());
  }

  private static Entry entry(RevCommit c, Map<ObjectId, List<String>> stages, ArticleChange change) {
    var who = c.getAuthorIdent();
    return new Entry(c.copy(), History.date(c), who.getName(), who.getEmailAddress(), stages.getOrDefault(c, List.of()),
        VersionLog.userMessage(c), change);
  }
}
