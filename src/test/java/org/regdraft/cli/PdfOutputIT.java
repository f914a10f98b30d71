package org.regdraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regdraft.markdown.MarkdownReader;
import org.regdraft.model.Article;
import org.regdraft.model.Regulation;
import org.regdraft.testing.Cli;

/**
 * The PDFs the commands write, with LibreOffice, poppler-utils and fonts-noto-cjk installed.
 *
 * <p>Page count: a .docx has no page count of its own (Word and WPS lay it out when they open it;
 * regdraft writes none). The document grid (22 lines of 28 characters, docs/word.md) fixes where
 * pages break, so the fonts change the glyphs, not the pages (measured: 11 pages with the Windows
 * fonts mapped to Noto CJK and 11 with fontconfig's default fallback). What is checked is that the
 * PDF is the .docx as LibreOffice lays it out, nothing lost or added by the export's profile and
 * font set-up: the same .docx converted apart, by a plain soffice run, gives the same count within
 * one. (The page count LibreOffice writes into an .odt saved headless is no layout: 6 for these
 * 11 pages; not used.)
 */
@Tag("integration")
class PdfOutputIT {
  static final String CONDUCT = DocxCommandsTest.CONDUCT;
  @TempDir Path ws;

  @Test
  void renderToPdfHoldsEveryArticleAndTheLayoutsPages() throws Exception {
    Files.createDirectories(ws.resolve("regulations"));
    Path md = ws.resolve("regulations").resolve(CONDUCT + ".md");
    Files.copy(Path.of("regulations", CONDUCT + ".md"), md);
    var r = Cli.run(ws, "render", CONDUCT, "-o", ws.resolve("条例.pdf").toString());
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(Files.readAllBytes(ws.resolve("条例.pdf"))).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
    String text = squash(exec("pdftotext", ws.resolve("条例.pdf").toString(), "-"));
    Regulation reg = MarkdownReader.read(Files.readString(md), "x.md").regulation();
    assertThat(reg.articles()).hasSize(33);
    for (Article a : reg.articles()) {
      String first = squash(a.paragraphs().get(0).text());
      assertThat(text).as(a.number().label()).contains(squash(a.number().label() + first.substring(0, Math.min(8, first.length()))));
    }
    // the same document as LibreOffice lays it out, converted apart from regdraft's export
    assertThat(Cli.run(ws, "render", CONDUCT, "-o", ws.resolve("条例.docx").toString()).exitCode()).isZero();
    Files.createDirectories(ws.resolve("apart"));
    exec("soffice", "-env:UserInstallation=" + ws.resolve("profile").toUri(), "--headless", "--convert-to", "pdf", "--outdir",
        ws.resolve("apart").toString(), ws.resolve("条例.docx").toString());
    int laidOut = pages(ws.resolve("apart").resolve("条例.pdf"));
    int pdfPages = pages(ws.resolve("条例.pdf"));
    assertThat(pdfPages).as("PDF %d pages, LibreOffice's layout %d", pdfPages, laidOut).isBetween(laidOut - 1, laidOut + 1);
    // about 4,900 characters at 22 × 28 a page, with the 目录 and headings
    assertThat(pdfPages).isBetween(8, 20);
    // fonts: the Windows fonts named in the document come out as Noto CJK, embedded
    assertThat(exec("pdffonts", ws.resolve("条例.pdf").toString())).contains("NotoSerifCJK").contains("NotoSansCJK");
  }

  @Test
  void thePacketGetsAPdfBesideEachWordDocument() throws Exception {
    AmendApplyCommandTest.workspace(ws);
    Path out = ws.resolve("报送");
    var r = Cli.run(ws, "package", ws.resolve("old.md").toString(), ws.resolve("new.md").toString(), "--pdf", "-o", out.toString());
    assertThat(r.exitCode()).as(r.toString()).isZero();
    List<String> names;
    try (Stream<Path> s = Files.list(out)) {
      names = s.map(p -> p.getFileName().toString()).sorted().toList();
    }
    List<String> docx = names.stream().filter(n -> n.endsWith(".docx")).toList();
    assertThat(docx).hasSize(6);
    for (String d : docx) assertThat(names).contains(d.replace(".docx", ".pdf"));
    String draft = squash(exec("pdftotext", out.resolve("02-" + CONDUCT + "（草案）.pdf").toString(), "-"));
    assertThat(draft).startsWith(CONDUCT + "（草案）");
    assertThat(Files.readString(out.resolve("清单.md"))).contains("02-" + CONDUCT + "（草案）.pdf");
  }

  static int pages(Path pdf) throws Exception {
    String info = exec("pdfinfo", pdf.toString());
    return Integer.parseInt(info.lines().filter(l -> l.startsWith("Pages:")).findFirst().orElseThrow().replaceAll("\\D", ""));
  }

  static String squash(String s) {
    return s.replaceAll("\\s", "");
  }

  static String exec(String... cmd) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().put("FONTCONFIG_FILE", Path.of("src/main/resources/org/regdraft/render/pdf/fonts.conf").toAbsolutePath().toString());
    Process p = pb.start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(300, TimeUnit.SECONDS)).as("%s timed out", List.of(cmd)).isTrue();
    assertThat(p.exitValue()).as("%s: %s", List.of(cmd), output).isZero();
    return output;
  }
}
