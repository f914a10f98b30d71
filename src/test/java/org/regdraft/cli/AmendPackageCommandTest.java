package org.regdraft.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regdraft.repo.GitFixture.ok;
import static org.regdraft.repo.GitFixture.regdraft;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regdraft.repo.GitFixture.Run;

/**
 * {@code regdraft amend REG... --from FROM [--to TO]}: one package decision for several regulations of a
 * repository, verified against every TO; refusals write nothing; the decision applies back with
 * {@code regdraft apply}.
 */
class AmendPackageCommandTest {
  static final String A = "安阳市文明行为促进条例";
  static final String B = "安阳市人民代表大会常务委员会讨论、决定重大事项办法";

  /** Both samples saved as 一审稿, then edited in the working tree (B loses an article: its numbers move). */
  static Path repo(Path dir) throws Exception {
    ok(dir, "init");
    FoundationCommandsTest.copySamples(dir);
    ok(dir, "save", "-m", "一审", "--stage", "一审稿", "--date", "2027-03-01");
    edit(dir, A, "设置文明行为规范宣传栏", "设置文明行为规范宣传栏和电子显示屏");
    String b = read(dir, B);
    int start = b.indexOf("第十八条　");
    int end = b.indexOf("第十九条　");
    Files.writeString(file(dir, B), b.substring(0, start) + b.substring(end).replace("第十九条　", "第十八条　").replace("第二十条　", "第十九条　"));
    return dir;
  }

  static Path file(Path dir, String title) {
    return dir.resolve("regulations/" + title + ".md");
  }

  static String read(Path dir, String title) throws Exception {
    return Files.readString(file(dir, title));
  }

  static void edit(Path dir, String title, String from, String to) throws Exception {
    String t = read(dir, title);
    assertThat(t).contains(from);
    Files.writeString(file(dir, title), t.replace(from, to));
  }

  static String body(String text) {
    return text.substring(text.indexOf("\n# "));
  }

  @Test
  void onePackageDecisionAmendsBothAndApplyGivesTheNewTexts(@TempDir Path dir) throws Exception {
    repo(dir);
    String newA = read(dir, A);
    String newB = read(dir, B);
    Run r = regdraft(dir, "amend", A, B, "--from", "一审稿", "--adopted", "2027-06-30",
        "--meeting", "安阳市第十五届人民代表大会常务委员会第二十次会议", "-o", dir.resolve("包.md").toString());
    assertThat(r.exit()).as(r.all()).isZero();
    assertThat(r.out()).contains("已生成").contains("涉及2件法规");
    String d = Files.readString(dir.resolve("包.md"));
    assertThat(d).startsWith("# 安阳市人民代表大会常务委员会关于修改《" + A + "》等两件地方性法规的决定\n")
        .contains("\n安阳市第十五届人民代表大会常务委员会第二十次会议决定：\n")
        .contains("\n一、对《" + A + "》作出修改\n\n（一）在第二十条中的“宣传栏”后增加“和电子显示屏”。\n")
        .contains("\n二、对《" + B + "》作出修改\n\n（一）删去第十八条。\n\n此外，对条文顺序作相应调整。\n")
        .endsWith("\n本决定自公布之日起施行。\n\n《" + A + "》《" + B + "》根据本决定作相应修改，重新公布。\n");
    assertThat(d.split("此外", -1)).hasSize(2);

    // back to 一审稿, then the package applied to the repository reproduces both working texts
    Files.writeString(file(dir, A), org.regdraft.repo.GitFixture.git(dir, "show", "HEAD:regulations/" + A + ".md"));
    Files.writeString(file(dir, B), org.regdraft.repo.GitFixture.git(dir, "show", "HEAD:regulations/" + B + ".md"));
    Run apply = regdraft(dir, "apply", dir.resolve("包.md").toString());
    assertThat(apply.exit()).as(apply.all()).isZero();
    assertThat(body(read(dir, A))).isEqualTo(body(newA));
    assertThat(body(read(dir, B))).isEqualTo(body(newB));
  }

  @Test
  void toAndTitleAndWordOutput(@TempDir Path dir) throws Exception {
    repo(dir);
    ok(dir, "save", "-m", "二审", "--stage", "二审稿", "--date", "2027-05-01");
    edit(dir, A, "和电子显示屏", "和电子屏");
    Path docx = dir.resolve("包.docx");
    Run r = regdraft(dir, "amend", A, B, "--from", "一审稿", "--to", "二审稿", "--title", "关于修改部分地方性法规的决定", "-o", docx.toString());
    assertThat(r.exit()).as(r.all()).isZero();
    List<String> ps;
    try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
      ps = doc.getParagraphs().stream().map(p -> p.getText().replace("\n", "")).filter(t -> !t.isBlank()).toList();
    }
    // the title may be broken over lines in Word
    assertThat(ps.get(0)).isEqualTo("安阳市人民代表大会常务委员会关于修改部分地方性法规的决定");
    // --to 二审稿, not the working text (电子屏)
    assertThat(ps).contains("一、对《" + A + "》作出修改", "（一）在第二十条中的“宣传栏”后增加“和电子显示屏”。", "二、对《" + B + "》作出修改",
        "（一）删去第十八条。", "此外，对条文顺序作相应调整。");
  }

  @Test
  void aRegulationWithoutChangeIsRefusedAndNothingIsWritten(@TempDir Path dir) throws Exception {
    repo(dir);
    Files.writeString(file(dir, A), org.regdraft.repo.GitFixture.git(dir, "show", "HEAD:regulations/" + A + ".md"));
    Path out = dir.resolve("包.md");
    Run r = regdraft(dir, "amend", A, B, "--from", "一审稿", "-o", out.toString());
    assertThat(r.exit()).as(r.all()).isEqualTo(1);
    assertThat(r.err()).contains("《" + A + "》").contains("没有实质变化").doesNotContain("Exception");
    assertThat(out).doesNotExist();
  }

  @Test
  void usageErrorsSayWhatIsExpected(@TempDir Path dir) throws Exception {
    repo(dir);
    Run forgot = regdraft(dir, "amend", A, B);
    assertThat(forgot.exit()).isEqualTo(2);
    assertThat(forgot.err()).contains("是一件法规而不是版本").contains("--from");
    Run to = regdraft(dir, "amend", A, B, "--to", "一审稿");
    assertThat(to.exit()).isEqualTo(2);
    assertThat(to.err()).contains("--to 须与 --from 同用");
    Run at = regdraft(dir, "amend", A + "@一审稿", B, "--from", "一审稿");
    assertThat(at.exit()).isEqualTo(2);
    assertThat(at.err()).contains("由 --from、--to 统一指定");
    Run act = regdraft(dir, "amend", A, B, "--from", "一审稿", "--form", "修正案");
    assertThat(act.exit()).isEqualTo(2);
    assertThat(act.err()).contains("修正案只修改一部法律");
    Run title = regdraft(dir, "amend", A, B, "--from", "一审稿", "--title", "打包");
    assertThat(title.exit()).isEqualTo(2);
    assertThat(title.err()).contains("--title 应为");
    Run single = regdraft(dir, "amend", A, "--from", "一审稿", "--title", "关于修改部分地方性法规的决定");
    assertThat(single.exit()).isEqualTo(2);
    assertThat(single.err()).contains("--title 只用于打包修改");
  }

  @Test
  void differentIssuersNeedIssuer(@TempDir Path dir) throws Exception {
    repo(dir);
    edit(dir, B, "issuer: 安阳市人民代表大会常务委员会", "issuer: 鹤壁市人民代表大会常务委员会");
    ok(dir, "save", "-m", "机关", "--stage", "二审稿", "--date", "2027-05-01");
    edit(dir, A, "和电子显示屏", "和电子屏");
    Run r = regdraft(dir, "amend", A, B, "--from", "二审稿");
    assertThat(r.exit()).as(r.all()).isEqualTo(2);
    assertThat(r.err()).contains("制定机关不同").contains("--issuer");
  }

  @Test
  void oneRegulationWithFromIsASingleDecision(@TempDir Path dir) throws Exception {
    repo(dir);
    Run r = regdraft(dir, "amend", A, "--from", "一审稿");
    assertThat(r.exit()).as(r.all()).isZero();
    assertThat(r.out()).contains("关于修改《" + A + "》的决定").contains("一、在第二十条中的“宣传栏”后增加“和电子显示屏”。");
  }

  /** The 议案, 说明 and 修改决定 of `doc --decision` count from the package's items, overall and per regulation. */
  @Test
  void docCountsThePackageFromItsItems(@TempDir Path dir) throws Exception {
    repo(dir);
    ok(dir, "amend", A, B, "--from", "一审稿", "-o", dir.resolve("包.md").toString());
    String d = dir.resolve("包.md").toString();
    String motion = ok(dir, "doc", "议案", "--decision", d, "-o", "-");
    String draft = "《关于修改〈" + A + "〉等两件地方性法规的决定（草案）》";
    assertThat(motion).contains("关于提请审议" + draft + "的议案")
        .contains("草案对《" + A + "》《" + B + "》两件地方性法规作了修改，共修改一处、删去一条：《" + A + "》修改一处；《" + B + "》删去一条。");
    String note = ok(dir, "doc", "说明", "--decision", d, "-o", "-");
    assertThat(note).contains("# 关于" + draft + "的说明").contains("以下简称《决定（草案）》")
        .contains("1．《" + A + "》修改一处；").contains("2．《" + B + "》删去一条，条文顺序作相应调整。");
    String decision = ok(dir, "doc", "修改决定", "--decision", d, "-o", "-", "--set", "effective=公布之日");
    assertThat(decision).contains("# 安阳市人民代表大会常务委员会关于修改《" + A + "》等两件地方性法规的决定")
        .contains("二、对《" + B + "》作出修改\n\n（一）删去第十八条。\n\n此外，对条文顺序作相应调整。")
        .contains("《" + A + "》《" + B + "》根据本决定作相应修改，重新公布。");
    // a decision that cannot be read is refused with its line
    Files.writeString(dir.resolve("坏.md"), Files.readString(dir.resolve("包.md")).replace("（一）删去第十八条。", "（一）把第十八条拿掉。"));
    Run bad = regdraft(dir, "doc", "议案", "--decision", dir.resolve("坏.md").toString(), "-o", "-");
    assertThat(bad.exit()).isEqualTo(1);
    assertThat(bad.err()).contains("坏.md:").contains("无法识别");
  }

  /** `package A B --from`: the submission packet of the package decision, counted per regulation; refused without a decision. */
  @Test
  void thePacketOfAPackageDecision(@TempDir Path dir) throws Exception {
    repo(dir);
    Path out = dir.resolve("材料");
    String listed = ok(dir, "package", A, B, "--from", "一审稿", "-o", out.toString());
    String title = "关于修改《" + A + "》等两件地方性法规的决定";
    assertThat(listed).contains("02-" + title + "（草案）.docx").contains("04-1-" + A + "-修订对照稿.docx").contains("04-2-" + B + "-修改对照表.docx");
    String manifest = Files.readString(out.resolve("清单.md"));
    assertThat(manifest).startsWith("# 《关于修改〈" + A + "〉等两件地方性法规的决定（草案）》报送材料清单")
        .contains("2件法规，2项，修改1处，新增0条，删去1条")
        .contains("regulations/" + B + ".md@一审稿 | ").contains("regulations/" + B + ".md@worktree | 修改0处，新增0条，删去1条，条文顺序相应调整 |");
    Path cover;
    try (var files = Files.list(out)) {
      cover = files.filter(f -> f.getFileName().toString().startsWith("01-")).findFirst().orElseThrow();
    }
    String text;
    try (InputStream in = Files.newInputStream(cover); XWPFDocument doc = new XWPFDocument(in)) {
      text = String.join("\n", doc.getParagraphs().stream().map(p -> p.getText().replace("\n", "")).toList());
    }
    assertThat(text).contains("草案对《" + A + "》《" + B + "》两件地方性法规作了修改，共修改一处、删去一条：《" + A + "》修改一处；《" + B + "》删去一条。");

    Files.writeString(file(dir, A), org.regdraft.repo.GitFixture.git(dir, "show", "HEAD:regulations/" + A + ".md"));
    Path refused = dir.resolve("材料二");
    Run r = regdraft(dir, "package", A, B, "--from", "一审稿", "-o", refused.toString());
    assertThat(r.exit()).as(r.all()).isEqualTo(1);
    assertThat(r.err()).contains("无法生成打包修改决定").contains("《" + A + "》");
    assertThat(refused).doesNotExist();
  }
}
