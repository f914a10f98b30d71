package org.regdraft.render.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.regdraft.compare.Compare;
import org.regdraft.model.Regulation;
import org.regdraft.testing.PdfLayout;
import org.regdraft.testing.Zip;

/**
 * The documents as LibreOffice sees them: converted to PDF headless, text extracted, page 1 drawn
 * to target/docx-preview/*.png for people to look at; tracked changes survive a conversion. Needs
 * the Debian packages libreoffice-writer-nogui, poppler-utils and fonts-noto-cjk; fails without.
 */
@Tag("integration")
class DocxLibreOfficeIntegrationTest {
  static final Path DIR = Path.of("target", "docx-preview");
  static Regulation from;
  static Regulation to;

  @BeforeAll
  static void documents() throws Exception {
    Files.createDirectories(DIR);
    from = Fixtures.sample(Fixtures.CONDUCT);
    to = Fixtures.editedConduct();
    ReferenceDocument ref = ReferenceDocument.bundled();
    Files.write(DIR.resolve("render.docx"), RegulationDocxWriter.write(from, ref));
    Files.write(DIR.resolve("render-measures.docx"), RegulationDocxWriter.write(Fixtures.sample(Fixtures.MEASURES), ref));
    Files.write(DIR.resolve("redline.docx"), RedlineDocxWriter.write(Compare.compare(from, to), Markup.STRIKE_BOLD, false, ref));
    Files.write(DIR.resolve("tracked.docx"), TrackedChangesDocxWriter.write(Compare.compare(from, to), TrackedChangesDocxWriterTest.REV, ref));
    Files.write(DIR.resolve("table.docx"), ComparisonTableDocxWriter.write(Compare.compare(from, to), false, ref));
    Files.write(DIR.resolve("table-all.docx"), ComparisonTableDocxWriter.write(Compare.compare(from, to), true, ref));
    Files.write(DIR.resolve("table-landscape.docx"), ComparisonTableDocxWriter.write(Compare.compare(from, to), true, true, ref));
    Files.write(DIR.resolve("simple.docx"), DocxDocumentWriter.write(new SimpleDocument("关于《安阳市文明行为促进条例（修订草案）》的说明", List.of(),
        List.of(SimpleDocument.Block.heading("一、修订的必要性"), SimpleDocument.Block.body("为了进一步引导和规范文明行为，有必要修订本条例。"),
            SimpleDocument.Block.signature("安阳市人民代表大会常务委员会法制工作委员会"), SimpleDocument.Block.date("2026年3月1日"))), ref));
    Files.write(DIR.resolve("decision.docx"), DocxDocumentWriter.write(new SimpleDocument(TitleBreaksInDocumentsTest.DECISION, List.of(),
        List.of(SimpleDocument.Block.body("安阳市第十四届人民代表大会常务委员会第十五次会议决定对《安阳市文明行为促进条例》作如下修改："))), ref));
    List<String> names = List.of("render", "render-measures", "redline", "tracked", "table", "table-all", "table-landscape", "simple", "decision");
    // one LibreOffice start for every document
    List<Path> docs = new ArrayList<>();
    for (String name : names) docs.add(DIR.resolve(name + ".docx"));
    convert(docs, "pdf");
    for (String name : names) {
      exec(List.of("pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", "-singlefile", DIR.resolve(name + ".pdf").toString(), DIR.resolve(name).toString()));
    }
  }

  static void convert(Path docx, String format) throws Exception {
    convert(List.of(docx), format);
  }

  static void convert(List<Path> docx, String format) throws Exception {
    Path profile = Files.createTempDirectory("regdraft-lo");
    List<String> cmd = new ArrayList<>(List.of("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless", "--convert-to", format, "--outdir",
        docx.get(0).getParent().toString()));
    for (Path d : docx) cmd.add(d.toString());
    exec(cmd);
  }

  static String exec(List<String> cmd) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().put("FONTCONFIG_FILE", Path.of("src/test/resources/fontconfig/fonts.conf").toAbsolutePath().toString());
    Process p = pb.start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("%s timed out", cmd).isTrue();
    assertThat(p.exitValue()).as("%s: %s", cmd, output).isZero();
    return output;
  }

  static String pdfText(String name) throws Exception {
    return exec(List.of("pdftotext", "-layout", DIR.resolve(name + ".pdf").toString(), "-"));
  }

  static int pages(String name) throws Exception {
    String info = exec(List.of("pdfinfo", DIR.resolve(name + ".pdf").toString()));
    return Integer.parseInt(info.lines().filter(l -> l.startsWith("Pages:")).findFirst().orElseThrow().replaceAll("\\D", ""));
  }

  static String squash(String s) {
    return s.replaceAll("\\s", "");
  }

  @Test
  void theCleanTextConvertsWithEveryArticleAndAPlausibleNumberOfPages() throws Exception {
    String text = squash(pdfText("render"));
    assertThat(text).contains("安阳市文明行为促进条例", "目录", "第一章总则", "第一条", "第十一条", "第三十三条本条例自2021年1月1日起施行。");
    // about 4,900 characters at 22 × 28 per page: 8 to 20 pages
    assertThat(pages("render")).isBetween(8, 20);
    assertThat(text).contains("—2—");
    assertThat(squash(pdfText("render-measures"))).contains("第二十条");
    assertThat(Files.size(DIR.resolve("render.png"))).isPositive();
  }

  /** The outline levels reach LibreOffice: its PDF has the title and the chapters as bookmarks. */
  /** GB/T 9704 §7.3.2: LibreOffice turns a long title exactly where TitleLines put the w:br, no sooner. */
  @Test
  void longTitlesTurnInThePdfAtTheComputedWords() throws Exception {
    for (String[] doc : List.of(
        new String[] {"render-measures", Fixtures.MEASURES},
        new String[] {"simple", "关于《安阳市文明行为促进条例（修订草案）》的说明"},
        new String[] {"decision", TitleBreaksInDocumentsTest.DECISION})) {
      List<String> expected = TitleLinesTest.split(doc[1]);
      assertThat(expected).hasSizeGreaterThan(1);
      List<String> lines = pdfText(doc[0]).lines().map(DocxLibreOfficeIntegrationTest::squash).filter(l -> !l.isEmpty())
          .limit(expected.size()).toList();
      assertThat(lines).as(doc[0]).isEqualTo(expected);
    }
  }

  @Test
  void theTitleAndChaptersAreBookmarksOfThePdf() throws Exception {
    List<String> marks = PdfLayout.bookmarks(DIR.resolve("render.pdf"));
    assertThat(marks).containsExactly("安阳市文明行为促进条例", "第一章　总　　则", "第二章　行为规范", "第三章　保障和监督", "第四章　法律责任", "第五章　附　　则");
    // the title's line break (w:br) reads as a space in the bookmark, as in Word's navigation pane
    assertThat(PdfLayout.bookmarks(DIR.resolve("render-measures.pdf"))).containsExactly("安阳市人民代表大会常务委员会 讨论、决定重大事项办法");
  }

  /** GB/T 9704: 22 lines of 28 characters on a full page, measured in LibreOffice's PDF. */
  @Test
  void aFullPageHas22LinesOf28Characters() throws Exception {
    List<PdfLayout.Line> lines = PdfLayout.lines(DIR.resolve("render.pdf"));
    Map<Integer, List<PdfLayout.Line>> pages = body(lines);
    int most = pages.values().stream().mapToInt(List::size).max().orElseThrow();
    assertThat(most).isEqualTo(22);
    List<PdfLayout.Line> full = pages.values().stream().filter(p -> p.size() == 22).findFirst().orElseThrow();
    // one grid line apart: 579 twips = 28.95 pt
    for (int i = 1; i < full.size(); i++) assertThat(full.get(i).yMin() - full.get(i - 1).yMin()).isCloseTo(28.95, within(0.3));
    // 28 characters inside the text block; LibreOffice lets a closing punctuation mark hang in the
    // margin (标点悬挂) where Word compresses it, so a mark past the margin is not counted
    double widest = 0;
    for (PdfLayout.Line l : lines) {
      if (l.yMin() >= FOOTER_Y) continue;
      double chars = width(l.text());
      if (l.xMax() > RIGHT_MARGIN + 1) {
        assertThat(l.text()).as("past the margin").matches(".*[，。、；：）》”]$");
        chars -= 1;
      }
      widest = Math.max(widest, chars);
    }
    assertThat(widest).isEqualTo(28);
  }

  /** Characters as wide as they are set: a digit or Latin letter is half of a Chinese one. */
  static double width(String s) {
    return s.codePoints().mapToDouble(c -> c < 0x80 ? 0.5 : 1).sum();
  }

  /** Lines above the page number, by page. */
  static Map<Integer, List<PdfLayout.Line>> body(List<PdfLayout.Line> lines) {
    Map<Integer, List<PdfLayout.Line>> pages = new TreeMap<>();
    for (PdfLayout.Line l : lines) if (l.yMin() < FOOTER_Y) pages.computeIfAbsent(l.page(), k -> new ArrayList<>()).add(l);
    return pages;
  }

  /** The page number's line starts lower than this (pt from the top). */
  static final double FOOTER_Y = 745;
  /** The right edge of the text block: 210 mm − 26 mm, in pt. */
  static final double RIGHT_MARGIN = (210 - 26) / 25.4 * 72;

  /**
   * The 对照表: portrait, about 30 lines of 4号 a page in each column, the header row on every page,
   * no paragraph leaving a single line at the foot or head of a page (widow control); landscape
   * with the sheet turned holds about 20.
   */
  @Test
  void theTableHasAboutThirtyLinesAPageAndItsHeaderOnEveryPage() throws Exception {
    int portrait = maxLinesInLeftColumn("table-all", 595.3 / 2);
    int landscape = maxLinesInLeftColumn("table-landscape", 841.9 / 2);
    System.out.println("对照表 lines a page, left column: portrait " + portrait + ", landscape " + landscape);
    assertThat(portrait).isBetween(28, 32);
    assertThat(landscape).isBetween(19, 22);
    assertThat(pages("table-all")).isGreaterThan(1);
    Map<Integer, List<PdfLayout.Line>> pages = body(PdfLayout.lines(DIR.resolve("table-all.pdf")));
    for (List<PdfLayout.Line> page : pages.values()) {
      assertThat(page.stream().map(PdfLayout.Line::text)).as("page %d", page.get(0).page()).anyMatch(t -> t.contains("修改前"));
    }
  }

  private static int maxLinesInLeftColumn(String name, double middle) throws Exception {
    Map<Integer, List<PdfLayout.Line>> pages = body(PdfLayout.lines(DIR.resolve(name + ".pdf")));
    int most = 0;
    for (List<PdfLayout.Line> page : pages.values()) most = Math.max(most, (int) page.stream().filter(l -> l.xMax() < middle).count());
    return most;
  }

  @Test
  void theRedlineAndTableShowTheChanges() throws Exception {
    String redline = squash(pdfText("redline"));
    assertThat(redline).contains("说明：中间划线的内容为拟删除内容", "辱骂他人", "粗言秽语", "第三十三条");
    String table = squash(pdfText("table"));
    assertThat(table).contains("修改前后对照表", "修改前", "修改后", "（新增）", "（删除）");
    assertThat(squash(pdfText("simple"))).contains("一、修订的必要性", "2026年3月1日");
  }

  @Test
  void trackedChangesSurviveLibreOffice() throws Exception {
    Path odtDir = Files.createDirectories(DIR.resolve("odt"));
    Files.copy(DIR.resolve("tracked.docx"), odtDir.resolve("tracked.docx"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    convert(odtDir.resolve("tracked.docx"), "odt");
    String content = new Zip(odtDir.resolve("tracked.odt")).entry("content.xml");
    assertThat(content).contains("<text:tracked-changes", "<text:insertion>", "<text:deletion>");
    assertThat(count(content, "<text:changed-region")).isGreaterThanOrEqualTo(8);
    // and back to docx: the revisions are still w:ins / w:del
    Files.createDirectories(DIR.resolve("roundtrip"));
    Files.copy(odtDir.resolve("tracked.odt"), DIR.resolve("roundtrip").resolve("tracked.odt"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    convert(DIR.resolve("roundtrip").resolve("tracked.odt"), "docx");
    String xml = new Zip(DIR.resolve("roundtrip").resolve("tracked.docx")).entry("word/document.xml");
    assertThat(xml).contains("<w:ins ", "<w:del ", "粗言秽语", "辱骂他人");
  }

  private static int count(String s, String what) {
    int n = 0;
    for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) n++;
    return n;
  }

  /** The shaded jar ships poi-ooxml-lite, not -full: run the commands on the runtime classpath. */
  @Test
  void theCommandsRunWithoutTheFullSchemaJar() throws Exception {
    String cp =
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .filter(e -> !e.contains("poi-ooxml-full") && !e.contains("test-classes"))
            .collect(Collectors.joining(File.pathSeparator));
    assertThat(cp).contains("poi-ooxml-lite");
    Path ws = Files.createTempDirectory("regdraft-lite");
    Path old = ws.resolve("old.md");
    Path neu = ws.resolve("new.md");
    Files.writeString(old, Fixtures.text(Fixtures.CONDUCT));
    Files.writeString(neu, Fixtures.text(Fixtures.CONDUCT).replace("粗言秽语", "辱骂他人").replace("第二条　本市行政区域内文明行为的规范和管理及其相关促进工作，适用本条例。\n\n", ""));
    List<List<String>> commands = new ArrayList<>();
    commands.add(List.of("render", old.toString(), "-o", ws.resolve("a.docx").toString()));
    commands.add(List.of("redline", old.toString(), neu.toString(), "-o", ws.resolve("b.docx").toString()));
    commands.add(List.of("redline", old.toString(), neu.toString(), "--track-changes", "-o", ws.resolve("c.docx").toString()));
    commands.add(List.of("table", old.toString(), neu.toString(), "--all", "-o", ws.resolve("d.docx").toString()));
    for (List<String> c : commands) {
      List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", cp,
          "org.regdraft.cli.Main", "--repo", ws.toString()));
      cmd.addAll(c);
      assertThat(exec(cmd)).contains("已生成");
    }
    assertThat(new DocxInspector(Files.readAllBytes(ws.resolve("c.docx"))).resolve(true))
        .isEqualTo(org.regdraft.markdown.PlainText.lines(Fixtures.parse(Files.readString(neu))));
  }
}
