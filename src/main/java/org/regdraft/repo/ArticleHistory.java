package org.regdraft.repo;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
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
import org.regdraft.model.Article;
import org.regdraft.model.ArticleNumber;
import org.regdraft.model.Regulation;
import org.regdraft.workspace.Workspace;

/**
 * 沿革: the versions in which one article changed, oldest first, following it back through
 * renumbering, moves, splits and merges ({@link ArticleTrail}) from a start version to where it
 * first appeared.
 *
 * <p>Only the regulation's own versions are read (the path-filtered walk of {@link History}), each
 * blob parsed once. A pair of consecutive versions is compared in full only when the followed
 * article's text (label included) differs between them: an identical text under the same number is
 * taken as unchanged without aligning the whole regulation, which is what makes a long history
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
    Map<ObjectId, Optional<Regulation>> parsed = new HashMap<>();
    List<Entry> out = new ArrayList<>();
    int compared = 0;
    int read = 0;
    try (RevWalk rw = new RevWalk(repo.repository())) {
      ObjectId from = start != null ? start : repo.repository().resolve(Constants.HEAD);
      if (from == null) return new Result(List.of(), 0, 0);
      List<RevCommit> versions = History.versions(rw, path, from, Integer.MAX_VALUE);
      Set<ArticleNumber> current = Set.of(number);
      Optional<Regulation> newer = versions.isEmpty() ? Optional.empty() : VersionLog.parse(rw, versions.get(0), path, parsed);
      for (int i = 0; i < versions.size() && !current.isEmpty() && newer.isPresent(); i++) {
        RevCommit c = versions.get(i);
        read++;
        Optional<Regulation> older = i + 1 < versions.size() ? VersionLog.parse(rw, versions.get(i + 1), path, parsed) : Optional.empty();
        Regulation after = newer.get();
        if (older.isPresent() && sameText(older.get(), after, current)) {
          newer = older;
          continue;
        }
        compared++;
        Comparison cmp = Compare.compare(older.orElseGet(() -> empty(after)), after);
        Set<ArticleNumber> previous = new LinkedHashSet<>();
        Map<ArticleChange, Boolean> seen = new IdentityHashMap<>();
        for (ArticleNumber n : current) {
          List<ArticleTrail.Step> steps = ArticleTrail.backward(List.of(cmp), n, true);
          if (steps.isEmpty()) previous.add(n); // unchanged: same number in the older version
          for (ArticleTrail.Step s : steps) {
            ArticleChange ch = s.change();
            if (seen.put(ch, Boolean.TRUE) != null) continue;
            for (Article a : ch.oldArticles()) previous.add(a.number());
            if (renumbering || ch.change() != ChangeKind.RENUMBERED) out.add(entry(c, stages, ch));
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

  /** Whether every followed article has the same number and text in both versions. */
  private static boolean sameText(Regulation older, Regulation newer, Set<ArticleNumber> numbers) {
    for (ArticleNumber n : numbers) {
      Optional<Article> o = older.article(n);
      Optional<Article> a = newer.article(n);
      if (o.isEmpty() || a.isEmpty() || !o.get().text().equals(a.get().text())) return false;
    }
    return true;
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
