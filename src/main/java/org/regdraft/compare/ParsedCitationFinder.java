package org.regdraft.compare;

import java.util.ArrayList;
import java.util.List;
import org.regdraft.model.ArticleNumber;
import org.regdraft.model.Citation.Level;
import org.regdraft.model.Citation.NumberSpan;
import org.regdraft.model.CitationParser;

/**
 * Article citations found by the shared {@link CitationParser}: only citations of this regulation
 * (external ones — 《……法》第X条, 有关法律第X条 — never follow its renumbering).
 */
public final class ParsedCitationFinder implements CitationFinder {
  @Override
  public List<Citation> find(String text) {
    List<Citation> out = new ArrayList<>();
    if (text.indexOf('条') < 0) return out;
    for (org.regdraft.model.Citation c : CitationParser.parse(text)) {
      if (!c.isInternal()) continue;
      for (NumberSpan n : c.numbers()) {
        if (n.level() != Level.ARTICLE || n.target().article().isEmpty()) continue;
        ArticleNumber a = n.target().article().get();
        out.add(new Citation(n.start(), n.end(), a));
      }
    }
    return out;
  }
}
