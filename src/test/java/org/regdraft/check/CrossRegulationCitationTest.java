package org.regdraft.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regdraft.cli.Main;

/** 《安阳市文明行为促进条例》第十条 in another regulation of the same repository. */
class CrossRegulationCitationTest {
  static final Path CONDUCT = Path.of("regulations/安阳市文明行为促进条例.md");
  static final String HEAD = "---\nkind: 办法\nissuer: 安阳市人民政府\nstatus: 草案\n---\n\n# 安阳市文明行为促进实施办法\n\n";

  static Path repo(Path dir, String citing) throws Exception {
    Path regs = Files.createDirectories(dir.resolve("regulations"));
    Files.copy(CONDUCT, regs.resolve("安阳市文明行为促进条例.md"));
    Files.writeString(regs.resolve("安阳市文明行为促进实施办法.md"), HEAD + citing);
    return regs;
  }

  static String[] run(Path dir, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] all = new String[args.length + 2];
    all[0] = "--repo";
    all[1] = dir.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    int code = Main.run(all, new PrintWriter(out), new PrintWriter(err));
    return new String[] {String.valueOf(code), out.toString(), err.toString()};
  }

  @Test
  void aMissingArticleOfAnotherRegulationIsAnError(@TempDir Path dir) throws Exception {
    repo(dir, "第一条　根据《安阳市文明行为促进条例》第十一条第二项、第四十条，制定本办法。\n\n第二条　违反《中华人民共和国行政处罚法》第九十九条的，依法处理。\n");
    String[] r = run(dir, "check");
    assertThat(r[0]).isEqualTo("1");
    assertThat(r[1]).contains("[citation-target]").contains("《安阳市文明行为促进条例》第四十条不存在").contains("共33条")
        .doesNotContain("第十一条第二项不存在").doesNotContain("第九十九条");
  }

  @Test
  void anExistingArticleOfAnotherRegulationIsFine(@TempDir Path dir) throws Exception {
    repo(dir, "第一条　根据《安阳市文明行为促进条例》第十一条第二项、第三十三条，制定本办法。\n");
    String[] r = run(dir, "check");
    assertThat(r[1]).contains("0 个错误");
  }

  @Test
  void renumberListsTheOtherRegulationsCitationsAndUpdatesThemTogether(@TempDir Path dir) throws Exception {
    Path regs = repo(dir, "第一条　根据《安阳市文明行为促进条例》第十一条第二项、第三十三条，制定本办法。\n");
    Path conduct = regs.resolve("安阳市文明行为促进条例.md");
    String tenth = "第十条　公民应当爱国守法、明礼诚信、团结友善、勤俭自强、敬业奉献。\n";
    Files.writeString(conduct, Files.readString(conduct).replace(tenth, tenth + "\n第X条　公民应当弘扬家庭美德。\n"));
    Path other = regs.resolve("安阳市文明行为促进实施办法.md");
    String before = Files.readString(other);
    String[] r = run(dir, "renumber", "文明行为促进条例", "--dry-run");
    assertThat(r[0]).isEqualTo("0");
    assertThat(r[1]).contains("需改引用　regulations/安阳市文明行为促进实施办法.md:9：《安阳市文明行为促进条例》第十一条第二项、第三十三条 → 《安阳市文明行为促进条例》第十二条第二项、第三十四条")
        .contains("--update-others");
    assertThat(Files.readString(other)).isEqualTo(before);
    r = run(dir, "renumber", "文明行为促进条例", "--update-others");
    assertThat(r[0]).isEqualTo("0");
    assertThat(r[1]).contains("并改写了其他 1 部法规中的引用");
    assertThat(Files.readString(other)).contains("根据《安阳市文明行为促进条例》第十二条第二项、第三十四条，制定本办法。");
    assertThat(run(dir, "check")[1]).contains("0 个错误");
    assertThat(Files.list(regs)).hasSize(2);
  }

  @Test
  void updateOthersRefusesWhenAnotherRegulationCitesADeletedArticle(@TempDir Path dir) throws Exception {
    Path regs = repo(dir, "第一条　依照《安阳市文明行为促进条例》第十二条、第三十三条执行。\n");
    Path conduct = regs.resolve("安阳市文明行为促进条例.md");
    String text = Files.readString(conduct);
    int from = text.indexOf("第十二条　公民应当爱护环境");
    int to = text.indexOf("第十三条　公民应当文明出行");
    // 第二十七条 of the 条例 itself cites 第十二条 too: delete that sentence's citation first
    String edited = (text.substring(0, from) + text.substring(to)).replace("违反本条例第十二条第二项至第五项规定", "违反本条例规定");
    Files.writeString(conduct, edited);
    Path other = regs.resolve("安阳市文明行为促进实施办法.md");
    String before = Files.readString(other);
    String[] r = run(dir, "renumber", "文明行为促进条例", "--update-others");
    assertThat(r[0]).isEqualTo("1");
    assertThat(r[1]).contains("安阳市文明行为促进实施办法.md:9").contains("《安阳市文明行为促进条例》第十二条");
    assertThat(Files.readString(conduct)).isEqualTo(edited);
    assertThat(Files.readString(other)).isEqualTo(before);
  }
}
