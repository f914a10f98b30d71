package org.regdraft.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.regdraft.model.ArticleNumber;
import org.regdraft.model.ChineseNumerals;

/**
 * A small stand-in for the shared citation parser: every 第X条 / 第X条之Y not preceded by a book
 * title mark (《审计法》第二十条 cites another law).
 */
public final class LocalCitationFinder implements CitationFinder {
  private static final Pattern LABEL =
      Pattern.compile("第([零〇一二两三四五六七八九十百千]+)条(?:之([一二三四五六七八九十]+))?");

  @Override
  public List<Citation> find(String text) {
    List<Citation> out = new ArrayList<>();
    if (text.indexOf('条') < 0) return out;
    Matcher m = LABEL.matcher(text);
    while (m.find()) {
      if (m.start() > 0 && text.charAt(m.start() - 1) == '》') continue;
      var base = ChineseNumerals.parseLenient(m.group(1));
      if (base.isEmpty()) continue;
      int sub = m.group(2) == null ? 0 : ChineseNumerals.parseLenient(m.group(2)).orElse(0);
      out.add(new Citation(m.start(), m.end(), new ArticleNumber(base.getAsInt(), sub)));
    }
    return out;
  }
}
