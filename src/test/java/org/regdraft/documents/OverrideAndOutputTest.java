package org.regdraft.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regdraft.RegdraftException;
import org.regdraft.cli.Main;
import org.regdraft.documents.docx.DocxSink;

class OverrideAndOutputTest {
  @TempDir Path repo;

  @BeforeEach
  void copyRegulations() throws Exception {
    Files.createDirectories(repo.resolve("regulations"));
    for (String t : List.of(Fixtures.CONDUCT, Fixtures.MEASURES)) {
      Files.copy(Path.of("regulations", t + ".md"), repo.resolve("regulations").resolve(t + ".md"));
    }
  }

  private String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] full = new String[args.length + 2];
    full[0] = "--repo";
    full[1] = repo.toString();
    System.arraycopy(args, 0, full, 2, args.length);
    int rc = Main.run(full, new PrintWriter(out), new PrintWriter(err));
    return new String[] {String.valueOf(rc), out.toString(), err.toString()};
  }

  @Test
  void aRepositoryTemplateOverridesTheBundledOne() throws Exception {
    Files.createDirectories(repo.resolve("templates"));
    Files.writeString(repo.resolve("templates/公告.md"),
        "---\ntype: 公告\ntitle: 本地公告\n---\n# 本地${regulation.title}公告\n${options.extra!\"无\"}\n");
    DocumentService s = new DocumentService(Optional.of(repo.resolve("templates")));
    TemplateFile t = s.find("公告", repo);
    assertThat(t.origin()).isEqualTo(TemplateFile.Origin.仓库);
    var doc = s.render(t, DocumentInput.of(Fixtures.regulation(Fixtures.CONDUCT), Map.of("extra", "来自 --set"), Fixtures.TODAY));
    assertThat(doc.texts()).containsExactly("本地安阳市文明行为促进条例公告", "来自 --set");
    // the other templates are still the bundled ones
    assertThat(s.find("说明", repo).origin()).isEqualTo(TemplateFile.Origin.内置);
    assertThat(s.list()).filteredOn(f -> f.stem().equals("公告")).singleElement()
        .extracting(TemplateFile::origin).isEqualTo(TemplateFile.Origin.仓库);

    String[] r = run("doc", "--list");
    assertThat(r[1]).contains("公告　［公告，仓库］").contains("说明　［说明，内置］");
  }

  @Test
  void theCommandWritesMarkdownWithSetValues() throws Exception {
    Path md = repo.resolve("公告.md");
    String[] r = run("doc", "公告", "文明行为", "--set", "number=第9号", "--set", "date=2020-10-20", "-o", md.toString());
    assertThat(r[0]).as(r[2]).isEqualTo("0");
    assertThat(r[1]).contains("已生成公告");
    String text = Files.readString(md, StandardCharsets.UTF_8);
    assertThat(text).contains("第9号 {居中}\n").contains("2020年10月20日 {日期}\n").startsWith("# 安阳市第十四届人民代表大会常务委员会\n\n# 公　　告\n");
    // the Markdown reads back to the same paragraphs
    RenderedDocument again = new RenderedDocument("公告", "x", "公告", DocumentMarkdown.parse(text, "公告.md"));
    assertThat(DocumentMarkdown.write(again)).isEqualTo(text);
  }

  @Test
  void noSilentOverwriteOutsideOut() throws Exception {
    Path target = repo.resolve("说明.md");
    Files.writeString(target, "用户自己的文件");
    String[] r = run("doc", "说明", "重大事项", "-o", target.toString());
    assertThat(r[0]).isEqualTo("2");
    assertThat(r[2]).contains("文件已存在，未覆盖").contains("--force");
    assertThat(Files.readString(target)).isEqualTo("用户自己的文件");
    assertThat(run("doc", "说明", "重大事项", "-o", target.toString(), "--force")[0]).isEqualTo("0");
    assertThat(Files.readString(target)).contains("《办法》共二十条。");
  }

  @Test
  void theDefaultOutputIsADocxUnderOutAndMayBeRegenerated() throws Exception {
    assertThat(run("doc", "公告", "文明行为")[0]).isEqualTo("0");
    Path docx = repo.resolve("out/安阳市文明行为促进条例-公告.docx");
    assertThat(docx).exists();
    assertThat(run("doc", "公告", "文明行为")[0]).isEqualTo("0");
    assertThat(run("doc", "说明", "文明行为", "--format", "md")[0]).isEqualTo("0");
    assertThat(repo.resolve("out/安阳市文明行为促进条例-说明.md")).exists();
  }

  @Test
  void anUnknownSetKeyIsRefusedWithTheTemplatesKeysAndChineseNamesStandForKeys() throws Exception {
    String[] bad = run("doc", "公告", "文明行为", "--set", "numbr=第12号", "-o", "-");
    assertThat(bad[0]).isEqualTo("2");
    assertThat(bad[2]).contains("模板“公告”没有选项“numbr”").contains("--set number=…（也可写 文号=…）")
        .contains("--set issuerHeader=…").contains("--set date=…（也可写 日期=…）").contains("--set meeting=…（也可写 会议=…）");
    assertThat(bad[1]).isEmpty();
    String[] cn = run("doc", "公告", "文明行为", "--set", "文号=第12号", "--set", "日期=2020-10-20", "-o", "-");
    assertThat(cn[0]).as(cn[2]).isEqualTo("0");
    assertThat(cn[1]).contains("第12号 {居中}").contains("2020年10月20日 {日期}");
    String[] twice = run("doc", "公告", "文明行为", "--set", "文号=第12号", "--set", "number=第13号", "-o", "-");
    assertThat(twice[2]).contains("给了两次");
    // a key a repository template reads but does not document is accepted
    Files.createDirectories(repo.resolve("templates"));
    Files.writeString(repo.resolve("templates/便函.md"), "---\ntype: 便函\ntitle: 便函\n---\n# ${options.recipient!\"某某\"}\n");
    assertThat(run("doc", "便函", "文明行为", "--set", "recipient=法制委", "-o", "-")[1]).contains("# 法制委");
  }

  @Test
  void errorsAreChineseWithoutStackTraces() throws Exception {
    Files.createDirectories(repo.resolve("templates"));
    Files.writeString(repo.resolve("templates/坏.md"), "---\ntype: 坏\ntitle: 坏\n---\n# ${regulation.title}\n${regulation.nope}\n");
    String[] r = run("doc", "坏", "文明行为", "-o", "-");
    assertThat(r[0]).isEqualTo("1");
    assertThat(r[2]).contains("坏.md 第6行").contains("缺少值“regulation.nope”").doesNotContain("Exception").doesNotContain("\tat ");
    String[] missing = run("doc", "没有这个模板", "文明行为");
    assertThat(missing[2]).contains("找不到模板“没有这个模板”").contains("公告");
    assertThat(run("doc", "说明", "文明行为", "--set", "date=明天", "-o", "-")[2]).contains("--set date=明天：不是日期");
  }

  @Test
  void docxReopensWithTheParagraphsStylesAndPage() throws Exception {
    RenderedDocument doc = Fixtures.render("公告", Fixtures.CONDUCT, Map.of());
    byte[] bytes = new DocxSink().write(doc);
    try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      List<XWPFParagraph> ps = d.getParagraphs();
      // GB/T 9704 §7.3.5: a blank line between the body and the signature
      List<String> texts = new java.util.ArrayList<>(doc.texts());
      texts.add(texts.size() - 2, "");
      assertThat(ps).extracting(XWPFParagraph::getText).containsExactlyElementsOf(texts);
      assertThat(ps).extracting(p -> d.getStyles().getStyle(p.getStyleID()).getName())
          .containsExactly("法规标题", "法规标题", "居中", "公文正文", "公文正文", "落款", "成文日期");
      String stylesText = d.getStyles().getCtStyles().toString();
      assertThat(stylesText).contains("方正小标宋简体").contains("仿宋_GB2312").contains("w:val=\"44\"").contains("w:val=\"32\"");
      var signature = d.getStyles().getStyle(ps.get(5).getStyleID()).getCTStyle();
      assertThat(signature.getPPr().getJc().getVal())
          .isEqualTo(org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc.RIGHT);
      String stylesXml = d.getStyles().getCtStyles().toString();
      assertThat(stylesXml).contains("w:eastAsia=\"zh-CN\"");
      var mar = d.getDocument().getBody().getSectPr().getPgMar();
      assertThat(((java.math.BigInteger) mar.getTop()).intValue()).isEqualTo(2098);
      assertThat(((java.math.BigInteger) mar.getLeft()).intValue()).isEqualTo(1587);
      assertThat(((java.math.BigInteger) d.getDocument().getBody().getSectPr().getPgSz().getW()).intValue()).isEqualTo(11906);
      // the same page furniture as render: page numbers in the footers
      assertThat(d.getFooterList()).isNotEmpty();
    }
  }

  @Test
  void emphasisBecomesHeiTiRunsInDocx() throws Exception {
    RenderedDocument doc = Fixtures.render("审议意见", Fixtures.CONDUCT, Map.of());
    try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(new DocxSink().write(doc)))) {
      var para = d.getParagraphs().stream().filter(p -> p.getText().startsWith("一、")).findFirst().orElseThrow();
      assertThat(para.getRuns().get(0).getText(0)).isEqualTo("一、……。");
      // the 条标 character style, whose font is 黑体 (the run names no font of its own)
      String style = para.getRuns().get(0).getCTR().getRPr().getRStyleArray(0).getVal();
      assertThat(d.getStyles().getStyle(style).getCTStyle().getRPr().getRFontsArray(0).getEastAsia()).isEqualTo("黑体");
    }
  }

  @Test
  void anUnknownLayoutMarkerIsReported() {
    assertThatThrownBy(() -> DocumentMarkdown.parse("正文\n落款 {靠右}\n", "x.md"))
        .isInstanceOf(RegdraftException.class)
        .hasMessageContaining("第2行").hasMessageContaining("{靠右}").hasMessageContaining("{署名}");
  }

  @Test
  void initCanCopyTheBundledTemplates() throws Exception {
    List<Path> written = TemplateCatalog.copyBundledTo(repo.resolve("templates"));
    assertThat(written).hasSize(TemplateCatalog.bundledNames().size());
    assertThat(Files.readString(repo.resolve("templates/公告.md"))).isEqualTo(Files.readString(Path.of("templates/公告.md")));
    assertThat(TemplateCatalog.copyBundledTo(repo.resolve("templates"))).isEmpty();
  }
}
