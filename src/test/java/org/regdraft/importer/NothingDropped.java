package org.regdraft.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.regdraft.markdown.MarkdownReader;
import org.regdraft.markdown.MarkdownWriter;
import org.regdraft.markdown.ReadResult;
import org.regdraft.markdown.UnitWriter;
import org.regdraft.model.Article;
import org.regdraft.model.Caption;
import org.regdraft.model.Division;
import org.regdraft.model.Node;
import org.regdraft.model.Regulation;

/**
 * The nothing-dropped property: every non-space character of the imported part of the source is
 * in the output (as printed: title, 题注 events, preamble, headings, articles), in a discarded line, or in a
 * documented normalisation — and each kind of normalisation only removes what it may.
 *
 * <p>As multisets of code points: source + Σ normalisation.to == output + discarded + Σ
 * normalisation.from. The output side is computed from the written Markdown read back, not from
 * the importer's model.
 */
final class NothingDropped {
  private static final String CAPTION_STRUCTURE = "（）()；;，,、。根据0";
  private static final String LABEL_CHARS = "第条章节编之分零〇一二两三四五六七八九十百千0123456789０１２３４５６７８９XxＸｘ（）().．";

  private NothingDropped() {}

  /** @param sourceText the decoded source (LF line ends); the region is taken from the result */
  static void check(String sourceText, ImportResult r) {
    String[] lines = sourceText.split("\n", -1);
    StringBuilder region = new StringBuilder();
    for (int i = r.firstLine(); i <= r.lastLine() && i <= lines.length; i++) region.append(lines[i - 1]).append('\n');
    Map<Integer, Integer> left = count(region.toString());
    Map<Integer, Integer> right = count(printed(r.markdown()));
    for (Discard d : r.discarded()) add(right, d.text(), 1);
    for (Normalisation n : r.normalised()) {
      add(left, n.to(), 1);
      add(right, n.from(), 1);
      allowed(n);
    }
    tocMatchesHeadings(r);
    assertThat(diff(left, right)).as("源文件中有而输出、丢弃列表中都没有的字符（正数）或多出的字符（负数）").isEmpty();
  }

  /** The output as printed, read back from the written Markdown. */
  static String printed(String markdown) {
    ReadResult rr = MarkdownReader.read(markdown, "out.md");
    assertThat(rr.findings()).as("导入结果读回时的问题").noneMatch(f -> f.isError());
    assertThat(MarkdownWriter.write(rr.regulation())).as("导入结果是规范格式").isEqualTo(markdown);
    Regulation reg = rr.regulation();
    List<String> out = new ArrayList<>();
    out.add(reg.title());
    out.addAll(Caption.events(reg.metadata()));
    out.addAll(reg.preamble());
    body(reg.body(), out);
    return String.join("\n", out);
  }

  private static void body(List<Node> nodes, List<String> out) {
    for (Node n : nodes) {
      if (n instanceof Division d) {
        out.add(MarkdownWriter.heading(d));
        body(d.children(), out);
      } else {
        UnitWriter.articleLines((Article) n, out);
      }
    }
  }

  private static void allowed(Normalisation n) {
    switch (n.kind()) {
      case CAPTION -> {
        Map<Integer, Integer> removed = diff(count(n.from()), count(n.to()));
        removed.forEach(
            (cp, k) -> {
              if (k < 0) {
                assertThat(cp).as("题注规范化只能加上半角数字（全角数字改写）：" + n).isBetween((int) '0', (int) '9');
              } else {
                assertThat(CAPTION_STRUCTURE.indexOf(cp) >= 0 || (cp >= '０' && cp <= '９'))
                    .as("题注规范化去掉了“" + Character.toString(cp) + "”：" + n).isTrue();
              }
            });
      }
      case LABEL -> (n.from() + n.to()).codePoints()
          .forEach(cp -> assertThat(LABEL_CHARS.indexOf(cp) >= 0 || Character.isWhitespace(cp)).as("编号规范化：" + n).isTrue());
      case PAGE_NUMBER -> assertThat(n.from()).matches("[-—–－]\\s*\\d+\\s*[-—–－]");
      case INVISIBLE -> assertThat(n.from()).matches("[\\u200b\\ufeff]+");
      case MARKUP -> assertThat(n.from()).matches("#+|<!-- INFO END -->");
      case TOC -> {
        // checked as a whole in tocMatchesHeadings
      }
    }
  }

  /** The dropped 目录 holds exactly 目录 and the headings of the output. */
  private static void tocMatchesHeadings(ImportResult r) {
    StringBuilder toc = new StringBuilder();
    for (Normalisation n : r.normalised()) if (n.kind() == Normalisation.Kind.TOC) toc.append(n.from());
    if (toc.length() == 0) return;
    StringBuilder headings = new StringBuilder("目录");
    for (Division d : r.regulation().divisions()) headings.append(MarkdownWriter.heading(d));
    assertThat(count(toc.toString())).isEqualTo(count(headings.toString()));
  }

  static Map<Integer, Integer> count(String s) {
    Map<Integer, Integer> m = new TreeMap<>();
    add(m, s, 1);
    return m;
  }

  private static void add(Map<Integer, Integer> m, String s, int sign) {
    s.codePoints()
        .filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
        .forEach(cp -> m.merge(cp, sign, Integer::sum));
  }

  /** a − b, only the non-zero counts, keyed by the character for readable failures. */
  static Map<Integer, Integer> diff(Map<Integer, Integer> a, Map<Integer, Integer> b) {
    Map<Integer, Integer> d = new TreeMap<>(a);
    b.forEach((k, v) -> d.merge(k, -v, Integer::sum));
    d.values().removeIf(v -> v == 0);
    return d;
  }
}
