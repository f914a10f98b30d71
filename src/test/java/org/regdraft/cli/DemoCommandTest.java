package org.regdraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regdraft.testing.Cli;

class DemoCommandTest {
  @Test
  void theDemoBuildsARepositoryAndEveryDocument(@TempDir Path tmp) throws Exception {
    Path dir = tmp.resolve("demo");
    var r = Cli.run(null, "demo", "-o", dir.toString());
    assertThat(r.exitCode()).as(r.toString()).isZero();
    assertThat(r.out())
        .contains("虚构")
        .contains("第十一条（新增）")
        .contains("不随地吐痰、便溺{+，不随意丢弃使用过的口罩+}；")
        .contains("第二十七条（原第二十六条，引用序号调整）\n  违反本条例第十[-一-]{+二+}条第二项规定")
        .contains("引用调整5条");
    Path out = dir.resolve("out");
    for (String f : new String[] {
      "安阳市文明行为促进条例（征求意见稿）.docx", "安阳市文明行为促进条例-修订对照稿（公布稿→征求意见稿）.docx",
      "安阳市文明行为促进条例-修订稿（修订模式，公布稿→征求意见稿）.docx", "安阳市文明行为促进条例-修改对照表（公布稿→征求意见稿）.docx",
      "安阳市文明行为促进条例-修改决定.docx", "安阳市文明行为促进条例-公告.docx", "报送材料/清单.md"
    }) {
      assertThat(out.resolve(f)).as(f).isRegularFile();
      assertThat(r.out()).contains("out/" + f);
    }
    // the packet is submitted for deliberation: the 征求意见稿 it packs is named （草案） throughout
    assertThat(out.resolve("报送材料/01-关于提请审议《关于修改〈安阳市文明行为促进条例〉的决定（草案）》的议案.docx")).isRegularFile();
    assertThat(out.resolve("报送材料/05-关于修改《安阳市文明行为促进条例》的决定（草案）.docx")).isRegularFile();
    assertThat(Files.readString(out.resolve("报送材料/清单.md"))).doesNotContain("（征求意见稿）》");
    // the applied amendment: the penalty articles cite the renumbered items
    String text = Files.readString(dir.resolve("regulations/安阳市文明行为促进条例.md"));
    assertThat(text).contains("第二十七条　违反本条例第十二条第二项规定，在禁烟场所吸烟的")
        .contains("违反本条例第十七条第四项规定，未即时清理犬只");
    var again = Cli.run(null, "demo", "-o", dir.toString());
    assertThat(again.exitCode()).isEqualTo(2);
    assertThat(again.err()).contains("已经是一个 Git 仓库");
    // the demo's own repository: -o into it (or any Git work tree outside its out/) is refused
    Path inside = dir.resolve("regulations/more");
    var into = Cli.run(null, "demo", "-o", inside.toString());
    assertThat(into.exitCode()).as(into.toString()).isEqualTo(2);
    assertThat(into.err()).contains("位于已有的 Git 仓库").contains("不写入已有的仓库");
    assertThat(inside).doesNotExist();
    assertThat(Cli.run(null, "demo", "-o", dir.resolve("out/second").toString()).exitCode()).isZero();
    assertThat(dir.resolve("out/second/.git")).isDirectory();
  }
}
