package org.regdraft.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.regdraft.model.Article;

/** The contract of a Comparison: replaying it gives back both texts, every article once. */
final class Exactness {
  private Exactness() {}

  static void check(Comparison c) {
    Map<Article, Integer> seenOld = new IdentityHashMap<>();
    Map<Article, Integer> seenNew = new IdentityHashMap<>();
    int lastNew = -1;
    for (ArticleChange ac : c.articles()) {
      List<Segment> segs = ac.segments();
      assertThat(Segments.oldText(segs)).as("旧文 %s→%s", ac.oldLabel(), ac.newLabel()).isEqualTo(join(ac.oldArticles()));
      assertThat(Segments.newText(segs)).as("新文 %s→%s", ac.oldLabel(), ac.newLabel()).isEqualTo(join(ac.newArticles()));
      for (UnitChange u : ac.units()) {
        for (Segment s : u.segments()) {
          assertThat(s.text()).isNotEmpty();
          // never half of a surrogate pair at a boundary
          assertThat(Character.isLowSurrogate(s.text().charAt(0))).isFalse();
          assertThat(Character.isHighSurrogate(s.text().charAt(s.text().length() - 1))).isFalse();
        }
      }
      ac.oldArticles().forEach(a -> seenOld.merge(a, 1, Integer::sum));
      ac.newArticles().forEach(a -> seenNew.merge(a, 1, Integer::sum));
      if (ac.newIndex() >= 0) {
        assertThat(ac.newIndex()).as("新文顺序").isGreaterThan(lastNew);
        lastNew = ac.newIndex() + ac.newArticles().size() - 1;
      }
      if (ac.change() == ChangeKind.UNCHANGED || ac.change() == ChangeKind.RENUMBERED) {
        assertThat(ac.units()).allSatisfy(u -> assertThat(u.segments()).allMatch(s -> s.op() == Op.EQUAL || s.consequential()));
      }
    }
    for (Article a : c.oldRegulation().articles()) assertThat(seenOld.get(a)).as("旧 %s 恰好出现一次", a.label()).isEqualTo(1);
    for (Article a : c.newRegulation().articles()) assertThat(seenNew.get(a)).as("新 %s 恰好出现一次", a.label()).isEqualTo(1);
    assertThat(seenOld).hasSize(c.oldRegulation().articles().size());
    assertThat(seenNew).hasSize(c.newRegulation().articles().size());
  }

  private static String join(List<Article> as) {
    StringBuilder sb = new StringBuilder();
    for (Article a : as) {
      if (sb.length() > 0) sb.append('\n');
      sb.append(a.body());
    }
    return sb.toString();
  }
}
