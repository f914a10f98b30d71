package org.regdraft.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regdraft.documents.docx.DocxSink;

/** The docx opens in LibreOffice and prints the 公告 (needs libreoffice-writer-nogui, poppler-utils). */
@Tag("integration")
class DocxLibreOfficeTest {
  @TempDir Path dir;

  @Test
  void libreOfficeConvertsTheAnnouncementToPdf() throws Exception {
    RenderedDocument doc = Fixtures.render("公告", Fixtures.CONDUCT, Map.of());
    Path docx = dir.resolve("gonggao.docx");
    Files.write(docx, new DocxSink().write(doc));
    exec(List.of("soffice", "-env:UserInstallation=file://" + dir.resolve("lo-profile"), "--headless", "--convert-to", "pdf", "--outdir", dir.toString(), docx.toString()));
    Path pdf = dir.resolve("gonggao.pdf");
    assertThat(pdf).exists();
    exec(List.of("pdftotext", pdf.toString(), dir.resolve("gonggao.txt").toString()));
    String text = Fixtures.squeeze(Files.readString(dir.resolve("gonggao.txt"), StandardCharsets.UTF_8));
    assertThat(text).contains(Fixtures.squeeze(
        "《安阳市文明行为促进条例》已经安阳市第十四届人民代表大会常务委员会第十五次会议于2020年8月31日通过，"
            + "河南省第十三届人民代表大会常务委员会第二十次会议于2020年9月26日批准，现予公布，自2021年1月1日起施行。"));
    assertThat(text).contains("第4号").contains("2020年10月16日");
  }

  private static void exec(List<String> cmd) throws Exception {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    byte[] out = p.getInputStream().readAllBytes();
    assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("%s 超时", cmd.get(0)).isTrue();
    assertThat(p.exitValue()).as("%s：%s", cmd, new String(out, StandardCharsets.UTF_8)).isZero();
  }
}
