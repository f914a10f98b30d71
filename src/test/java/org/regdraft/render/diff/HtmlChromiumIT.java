package org.regdraft.render.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regdraft.compare.Compare;
import org.regdraft.compare.Comparison;
import org.regdraft.compare.Edits;
import org.regdraft.compare.Samples;
import org.regdraft.model.Regulation;

/**
 * The review page in headless Chromium (Debian package {@code chromium}): it loads without console
 * errors, its script runs, and the expected changes are in the DOM. Fails when chromium is missing.
 */
@Tag("integration")
class HtmlChromiumIT {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  @TempDir Path dir;

  @Test
  void thePageLoadsWithoutErrorsAndShowsTheChanges() throws Exception {
    assertThat(CHROMIUM).as("需要 chromium（apt-get install -y chromium）").isExecutable();
    Regulation old = Samples.civility();
    Regulation neu = Edits.of(old).replaceText(9, "爱国守法、明礼诚信", "热爱祖国、遵纪守法、诚实守信")
        .insertArticle(11, "公民应当文明上网，不得在网络上散布谣言。").renameChapter(1, "文明行为规范").build();
    Comparison c = Compare.compare(old, neu);
    Path page = dir.resolve("review.html");
    Files.writeString(page, HtmlDiffWriter.write(c, "旧稿", "新稿"));
    Path log = dir.resolve("chrome.log");
    ProcessBuilder pb = new ProcessBuilder(List.of(
        CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--user-data-dir=" + dir.resolve("profile"), "--enable-logging=stderr", "--v=0",
        "--virtual-time-budget=3000", "--dump-dom", page.toUri().toString()));
    pb.redirectError(log.toFile());
    Process p = pb.start();
    String dom = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String console = Files.readString(log);
    assertThat(console.lines().filter(l -> l.contains("CONSOLE") || l.contains("Uncaught")).toList())
        .as("控制台错误").isEmpty();
    assertThat(dom).contains("data-ready=\"true\""); // the script ran to its end
    // the inserted article moves four citations: visited, but counted apart from the 修改
    assertThat(dom).contains("共 3 处修改，另有 4 处引用序号调整");
    assertThat(dom).contains("<del>爱国守法、明礼诚</del><ins>热爱祖国、遵纪守法、诚实守</ins>信");
    assertThat(dom).contains("第十二条（新增）").contains("第十条（修改）").contains("文明行为规范");
    assertThat(dom).contains("仅序号调整");
  }
}
