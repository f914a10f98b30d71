package org.regdraft.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.regdraft.check.Finding;
import org.regdraft.model.Article;
import org.regdraft.model.ArticleHeading;

/** A draft imported from gazette text or Word keeps its 条旨 as 条旨, not as article text. */
class ArticleHeadingImportTest {
  static final List<String> DRAFT =
      List.of(
          "安阳市测试条例",
          "（2020年8月31日安阳市第十四届人民代表大会常务委员会第十五次会议通过）",
          "第一条　【立法目的】为了测试导入，制定本条例。",
          "第二条（适用范围）本市行政区域内的测试，适用本条例。",
          "第三条 (禁止行为) 公民应当遵守下列规定：",
          "（一）不在公共场所大声喧哗；",
          "（二）不在禁烟场所吸烟。",
          "第四条　（以下简称“市文明委”）负责统筹。",
          "第五条　【施行日期】本条例自2021年1月1日起施行。");

  private static void assertCaptions(ImportResult r) {
    List<Article> as = r.regulation().articles();
    assertThat(as).extracting(Article::headingText).containsExactly("【立法目的】", "（适用范围）", "（禁止行为）", "", "【施行日期】");
    assertThat(as.get(0).body()).isEqualTo("为了测试导入，制定本条例。");
    assertThat(as.get(2).paragraphs().get(0).items()).hasSize(2);
    assertThat(as.get(3).body()).isEqualTo("（以下简称“市文明委”）负责统筹。");
    assertThat(r.findings()).noneMatch(Finding::isError);
    Finding f = r.findings().stream().filter(x -> x.rule().equals("import-article-heading")).findFirst().orElseThrow();
    assertThat(f.message()).startsWith("4 条的开头是条旨");
    assertThat(r.markdown()).contains("\n第一条　【立法目的】为了测试导入", "\n第二条　（适用范围）本市", "\n第三条　（禁止行为）公民");
  }

  @Test
  void gazetteTextCaptionsInBothBracketStylesAreImportedAsCaptions() throws Exception {
    String text = String.join("\n", DRAFT) + "\n";
    ImportResult r = Importer.importBytes(text.getBytes(StandardCharsets.UTF_8), "草案.txt", Importer.Options.auto());
    assertThat(r.format()).isEqualTo("text");
    assertCaptions(r);
    NothingDropped.check(text, r);
  }

  @Test
  void wordCaptionsInTheirOwnBoldRunAreImportedAsCaptions() throws Exception {
    byte[] docx;
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String line : DRAFT) {
        XWPFParagraph p = doc.createParagraph();
        var m = java.util.regex.Pattern.compile("^(第.条)([　 ]?)([【（(][^】）)]+[】）)])?(.*)$").matcher(line);
        if (m.matches()) {
          // as drafts print it: 第X条 and the 条旨 in 黑体, the text in 仿宋
          var label = p.createRun();
          label.setText(m.group(1) + m.group(2));
          label.setFontFamily("黑体");
          if (m.group(3) != null) {
            var caption = p.createRun();
            caption.setText(m.group(3));
            caption.setFontFamily("黑体");
          }
          p.createRun().setText(m.group(4));
        } else {
          p.createRun().setText(line);
        }
      }
      doc.write(out);
      docx = out.toByteArray();
    }
    ImportResult r = Importer.importBytes(docx, "草案.docx", Importer.Options.auto());
    assertThat(r.format()).isEqualTo("docx");
    assertCaptions(r);
    NothingDropped.check(String.join("\n", DRAFT) + "\n", r);
  }

  @Test
  void theRuleFindsNoCaptionInTheSeedGazette() throws Exception {
    ImportResult r = GazetteTextImportTest.importExcerpt("安阳市文明行为促进条例");
    assertThat(r.regulation().articles()).allSatisfy(a -> assertThat(a.heading()).isEmpty());
    assertThat(r.findings()).noneMatch(f -> f.rule().equals("import-article-heading"));
    assertThat(ArticleHeading.split("（一）")).isEmpty();
  }
}
