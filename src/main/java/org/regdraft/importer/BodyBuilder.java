package org.regdraft.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.regdraft.markdown.Labels;
import org.regdraft.model.Article;
import org.regdraft.model.ArticleBuilder;
import org.regdraft.model.ArticleHeading;
import org.regdraft.model.BodyAssembler;
import org.regdraft.model.ArticleNumber;
import org.regdraft.model.ChineseNumerals;
import org.regdraft.model.Division;
import org.regdraft.model.DivisionKind;
import org.regdraft.model.Item;
import org.regdraft.model.Node;
import org.regdraft.model.Paragraph;
import org.regdraft.model.SubItem;

/**
 * Builds divisions, articles, paragraphs, items and sub-items from logical paragraphs, whatever
 * the source format. What belongs to no article is reported as discarded, never dropped.
 */
final class BodyBuilder {
  /** 第一百二十四 条采用…: an article label with the space before 条 instead of after it. */
  private static final Pattern SPACE_BEFORE_TIAO = Pattern.compile("^第([零〇一二两三四五六七八九十百千]+)[ \\t\\u3000\\u00a0]+条(\\S.*)$");

  private final ImportLog log;
  private final String compactTitle;
  private final BodyAssembler assembler = new BodyAssembler();
  private ArticleBuilder article;
  private int lastArticle;
  private boolean sawStructure;
  private boolean afterHeading;
  private final StringBuilder leadingTitle = new StringBuilder();
  private final List<Block> preamble = new ArrayList<>();
  private static final String OUTSIDE = "%d 段文字不属于任何条（无条文的决定、章节标题与条文之间的说明等），已丢弃并列出";

  BodyBuilder(String title, ImportLog log) {
    this.log = log;
    this.compactTitle = Layout.compact(title);
  }

  List<Node> build(List<Block> blocks) {
    for (int i = 0; i < blocks.size(); i++) {
      Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
      if (next != null && bareHeading(blocks.get(i), next)) continue;
      block(blocks.get(i));
    }
    closeArticle();
    List<Node> body = assembler.finish();
    keepOrDiscardPreamble(body);
    return body;
  }

  /** The paragraphs before the first article or division (序言, 引言), after {@link #build}. */
  List<String> preamble() {
    return preamble.stream().map(Block::text).toList();
  }

  /**
   * A text with articles keeps what precedes them as its preamble. One without any (a 决定 or
   * 决议 in numbered points) is not imported: its lines are listed as discarded, as every line of
   * a refused file is, rather than called a preamble.
   */
  private void keepOrDiscardPreamble(List<Node> body) {
    if (preamble.isEmpty()) return;
    if (!org.regdraft.model.Nodes.articles(body).isEmpty()) {
      log.warn(preamble.get(0).line(), "import-preamble", "第一条之前的 " + preamble.size() + " 段文字已作为序言（引言）导入，请核对");
      return;
    }
    for (Block b : preamble) {
      log.discard(b.line(), b.text(), "不属于任何条（文件中没有条文）");
      log.tally(b.line(), "import-outside-article", OUTSIDE);
    }
    preamble.clear();
  }

  private void block(Block b) {
    String t = Layout.strip(b.text());
    if (t.isEmpty()) return;
    Matcher m = Labels.DIVISION.matcher(t);
    if (m.matches() && (b.heading() || Layout.isDivisionHeading(t))) {
      division(b, m);
      afterHeading = true;
      return;
    }
    boolean continuesHeading = afterHeading && article == null && assembler.innermost().isPresent() && !Layout.isLabel(t)
        && t.codePointCount(0, t.length()) <= 30 && !Layout.endsSentence(t);
    afterHeading = false;
    if (continuesHeading) {
      // a long chapter name wrapped onto a second line: 第五章 …，乡长、 / 副乡长……的选举
      BodyAssembler.OpenDivision d = assembler.innermost().orElseThrow();
      assembler.renameInnermost(d.name() + Layout.compact(t));
      log.warn(b.line(), "import-heading-wrap", "标题折行，已与上一行的“" + d.kind().label(d.number()) + "”合并");
      return;
    }
    if (b.heading() && !Labels.ARTICLE.matcher(t).matches()) {
      outside(b, t, "不是编、章、节标题的标题");
      return;
    }
    m = Labels.ARTICLE.matcher(t);
    if (m.matches()) {
      article(b.line(), t, m.group(1), m.group(2), m.group(3));
      return;
    }
    m = Labels.ARTICLE_NO_SPACE.matcher(t);
    if (m.matches() && m.group(2) == null && Layout.number(m.group(1)).orElse(-1) == lastArticle + 1) {
      log.tally(b.line(), "import-article-space", "%d 处条号后缺少空格（如“第一条为了……”），已按条文识别");
      article(b.line(), t, m.group(1), null, m.group(3));
      return;
    }
    m = SPACE_BEFORE_TIAO.matcher(t);
    if (m.matches() && Layout.number(m.group(1)).orElse(-1) == lastArticle + 1) {
      // 第一百二十四 条采用……: the space slipped before 条 (four times in the 2021 SPC 解释 of
      // LawRefBook); read as text, the article would vanish into the one before it
      log.tally(b.line(), "import-article-space-before", "%d 处条号的空格错位在“条”之前（如“第一百二十四 条采用……”），已按条文识别");
      article(b.line(), t, m.group(1), null, m.group(2));
      return;
    }
    if (article != null) {
      m = Labels.ITEM.matcher(t);
      if (m.matches()) {
        int n = labelNumber(b.line(), m.group(1), t.substring(0, t.length() - m.group(2).length()).strip(), true);
        article.item(n, m.group(2).strip(), b.line());
        return;
      }
      m = Labels.SUB_ITEM.matcher(t);
      if (m.matches() && article.hasItem() && Integer.parseInt(m.group(1)) == article.lastSubItem() + 1) {
        int n = Integer.parseInt(m.group(1));
        String marker = t.substring(0, t.length() - m.group(2).length()).strip();
        log.normalise(b.line(), Normalisation.Kind.LABEL, marker, n + ".");
        article.subItem(n, m.group(2).strip(), b.line());
        return;
      }
      if (t.codePointCount(0, t.length()) <= 12 && !Layout.endsWithPunctuation(t)) {
        log.warn(b.line(), "import-suspect-heading", "“" + t + "”像是缺少“第X章”的标题，已作为上一条的一款导入，请核对");
      }
      article.paragraph(t, b.line());
      return;
    }
    outside(b, t, "不在任何条之内");
  }

  /**
   * A short line without punctuation between two articles is a chapter whose label was lost
   * (LawRefBook often writes 第二章 as a bare 行为规范). It becomes the next 章 — 第二章 when
   * articles precede it outside any chapter, whose 第一章 heading is then missing too.
   */
  private boolean bareHeading(Block b, Block next) {
    String t = Layout.strip(b.text());
    if (article == null || b.heading() || !Layout.isArticle(Layout.strip(next.text()))) return false;
    if (t.codePointCount(0, t.length()) > 12 || Layout.endsWithPunctuation(t) || Layout.isLabel(t)
        || t.matches("^[（(0-9０-９].*") || t.matches(".*[，。；：！？,;:].*")) {
      return false;
    }
    var inner = assembler.innermost();
    if (inner.isPresent() && (inner.get().depth() > 1 || inner.get().kind() != DivisionKind.章)) return false;
    int n = inner.isEmpty() ? (assembler.bodyIsEmpty() && article == null ? 1 : 2) : inner.get().number() + 1;
    if (n <= 1 || n > 9999) return false;
    closeArticle();
    assembler.closeAll();
    String label = DivisionKind.章.label(n);
    log.normalise(b.line(), Normalisation.Kind.LABEL, "", label);
    log.warn(b.line(), "import-bare-heading", "“" + t + "”前缺少“第X章”，已按章标题导入为“" + label + "　" + Layout.compact(t) + "”，请核对");
    assembler.openDivision(DivisionKind.章, n, Labels.compactName(Layout.compact(t)), b.line());
    afterHeading = false;
    return true;
  }

  /**
   * Text outside any article: before the first article or division a repeated title or the
   * preamble; elsewhere (or what looks like misplaced structure) something the model has no
   * place for, discarded and listed.
   */
  private void outside(Block b, String t, String reason) {
    if (!sawStructure && !compactTitle.isEmpty()) {
      String joined = leadingTitle + Layout.compact(t);
      if (compactTitle.startsWith(joined)) {
        leadingTitle.append(Layout.compact(t));
        log.discard(b.line(), t, "重复的标题");
        if (joined.equals(compactTitle)) log.warn(b.line(), "import-repeated-title", "正文开头重复了标题，已去掉");
        return;
      }
    }
    if (!sawStructure && !b.heading() && Labels.canBePreamble(t)) {
      preamble.add(new Block(b.line(), t, false));
      return;
    }
    log.discard(b.line(), t, reason);
    log.tally(b.line(), "import-outside-article", OUTSIDE);
  }

  private void division(Block b, Matcher m) {
    closeArticle();
    sawStructure = true;
    DivisionKind kind = DivisionKind.ofUnit(m.group(2)).orElseThrow();
    String label = "第" + m.group(1) + kind.unit();
    int n = labelNumber(b.line(), m.group(1), label, false);
    log.normalise(b.line(), Normalisation.Kind.LABEL, label, kind.label(n));
    assembler.openDivision(kind, n, Labels.compactName(Layout.compact(m.group(3))), b.line());
  }

  private void article(int line, String t, String digits, String sub, String rest) {
    closeArticle();
    sawStructure = true;
    int base = Layout.number(digits).orElse(0);
    int s = sub == null ? 0 : Layout.number(sub).orElse(0);
    ArticleNumber number = new ArticleNumber(base, s);
    String source = "第" + digits + "条" + (sub == null ? "" : "之" + sub);
    if (!source.equals(number.label())) {
      log.normalise(line, Normalisation.Kind.LABEL, source, number.label());
      log.warn(line, "import-numeral", "条号“" + source + "”不是规范写法，已写作“" + number.label() + "”");
    }
    if (base > 0) lastArticle = base;
    article = new ArticleBuilder(number, line);
    String text = Layout.strip(rest);
    if (ArticleHeading.split(text).isPresent()) {
      if (text.charAt(0) == '(') log.normalise(line, Normalisation.Kind.LABEL, "()", "（）");
      log.tally(line, "import-article-heading", "%d 条的开头是条旨（如“【立法目的】”“（立法目的）”），已作为条旨导入，不算条文文字；请核对");
    }
    article.firstParagraph(text, line);
  }

  /** The number of a division or item label; a non-canonical form is normalised and reported. */
  private int labelNumber(int line, String digits, String sourceLabel, boolean item) {
    OptionalInt n = Layout.number(digits);
    int v = n.orElse(0);
    if (n.isEmpty() || v > 9999) {
      log.warn(line, "import-numeral", "序号“" + digits + "”无法识别，已写作 X");
      v = 0;
    } else if (v > 0 && !ChineseNumerals.format(v).equals(digits)) {
      log.warn(line, "import-numeral", "序号“" + digits + "”不是规范写法，已写作“" + ChineseNumerals.format(v) + "”");
    }
    if (item) {
      String canonical = "（" + (v > 0 ? ChineseNumerals.format(v) : "X") + "）";
      log.normalise(line, Normalisation.Kind.LABEL, sourceLabel, canonical);
    }
    return v;
  }

  private void closeArticle() {
    if (article == null) return;
    assembler.addArticle(article.build());
    article = null;
  }
}
