package org.regdraft.amend;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.regdraft.check.Finding;
import org.regdraft.model.ArticleNumber;
import org.regdraft.model.Division;
import org.regdraft.model.Node;
import org.regdraft.model.Regulation;

/**
 * The verification names what went wrong when a result differs where no instruction allowed it
 * (the result is changed on purpose through {@code tamper}), and what applying does besides the
 * text: a repeal marks the regulation 废止, an amendment drops the announcement of the old text.
 */
class ApplyRefusalsTest {
  static String refusal(String law, String decision, UnaryOperator<Regulation> tamper) {
    var result = AmendmentApplier.apply(ApplyVerificationTest.law(law), ApplyVerificationTest.decision(decision), "决定.md", Optional.empty(), tamper);
    assertThat(result.regulation()).isEmpty();
    return result.problems().stream().map(Finding::message).toList().toString();
  }

  static String refusal(UnaryOperator<Regulation> tamper) {
    return refusal(ApplyVerificationTest.LAW, ApplyVerificationTest.ONE_EDIT, tamper);
  }

  static final String ADD_ONE = """
      决定对《甲法》作如下修改：
      一、增加一条，作为第二条：“戊。”
      """;

  @Test
  void twoArticlesWithOneNumberAreRefused() {
    assertThat(refusal(r -> r.mapArticles(a -> a.number().sub() == 1 ? a.withNumber(ArticleNumber.of(1)) : a)))
        .contains("修改后的第一条排在第一条之后：条文序号重复或颠倒");
  }

  @Test
  void anUnnamedArticleThatMovedIsSaidToHaveMovedOneThatChangedToHaveChanged() {
    assertThat(refusal(r -> {
      List<Node> body = new ArrayList<>(r.body());
      body.add(0, body.remove(1));
      return r.withBody(body);
    })).contains("第一条之一没有被任何一项修改提及，修改后却位置变了");
    assertThat(refusal(ApplyVerificationTest::touchUnnamed)).contains("第一条之一没有被任何一项修改提及，修改后却文字变了或不见了");
  }

  @Test
  void aDecisionThatRenumbersStillKeepsTheZhiXOfAnUnnamedArticle() {
    assertThat(refusal(ApplyVerificationTest.LAW, ADD_ONE, ApplyVerificationTest::renumberAll))
        .contains("第一条之一没有被任何一项修改提及，修改后却成了第二条（“之X”条文只在决定写明时改号）");
  }

  static final String CHAPTERS = """
      ---
      kind: 条例
      status: 施行
      ---

      # 甲条例

      ## 第一章　总　　则

      第一条　甲。

      ## 第二章　附　　则

      第二条　乙。
      """;

  static Regulation renameChapters(Regulation r, String name) {
    List<Node> body = new ArrayList<>();
    for (Node n : r.body()) body.add(n instanceof Division d && d.number() == 2 ? new Division(d.kind(), d.number(), name, d.children(), d.line()) : n);
    return r.withBody(body);
  }

  @Test
  void aChapterNameNoInstructionNamesMustStay() {
    String edit = "决定对《甲条例》作如下修改：\n一、将第一条中的“甲”修改为“丙”。\n";
    assertThat(refusal(CHAPTERS, edit, r -> renameChapters(r, "其他规定"))).contains("第二章“附则”没有被任何一项修改提及，修改后却不见了");
    var renamed = AmendmentApplier.apply(ApplyVerificationTest.law(CHAPTERS),
        ApplyVerificationTest.decision("决定对《甲条例》作如下修改：\n一、将第二章章名修改为“其他规定”。\n"), "决定.md", Optional.empty());
    assertThat(renamed.problems()).isEmpty();
    assertThat(renamed.regulation().orElseThrow().divisions().get(1).name()).isEqualTo("其他规定");
  }

  @Test
  void aRepealMarksTheRegulationRepealedAnAmendmentDropsTheOldAnnouncement() throws Exception {
    Path p = Path.of("src/test/resources/decisions/real/北京市人民代表大会常务委员会关于废止部分地方性法规的决定.md");
    Decision repeal = DecisionParser.parse(DecisionParser.lines(Files.readString(p)), "废止决定.md").decision();
    Regulation sample = AmendRoundTripTest.sample();
    Regulation info = sample.withTitle("北京市信息化促进条例");
    Decision section = repeal.sectionFor("北京市信息化促进条例").orElseThrow();
    var repealed = AmendmentApplier.apply(info, section, "废止决定.md", Optional.empty());
    assertThat(repealed.problems()).isEmpty();
    assertThat(repealed.regulation().orElseThrow().metadata().status()).isEqualTo("废止");
    assertThat(Amendments.body(repealed.regulation().get())).isEqualTo(Amendments.body(info));
    assertThat(repealed.warnings()).isEmpty();
    assertThat(repealed.regulation().get().metadata().announcement()).isEqualTo(sample.metadata().announcement()).isPresent();

    var amended = AmendmentApplier.apply(sample, ApplyVerificationTest.decision(
        "决定对《安阳市文明行为促进条例》作如下修改：\n一、将第二十六条第一款中的“罚款”修改为“罚金”。\n"), "决定.md", Optional.empty());
    assertThat(amended.problems()).isEmpty();
    assertThat(amended.regulation().orElseThrow().metadata().status()).isEqualTo("施行");
    assertThat(amended.regulation().get().metadata().announcement()).isEmpty();
    assertThat(amended.warnings()).extracting(Finding::message).singleElement().asString()
        .contains("安阳市第十四届人民代表大会常务委员会公告第4号").contains("已从文件头移除");
  }

  /** 第二条 was deleted by an earlier 修正案 and its number stays vacant: deleting a 款 or a 项 renumbers no article. */
  @Test
  void deletingAParagraphOrAnItemKeepsAVacantArticleNumber() {
    String law = """
        ---
        kind: 法
        status: 施行
        ---

        # 中华人民共和国甲法

        第一条　甲。

        乙。

        第三条　丙：

        （一）丁；

        （二）戊。
        """;
    for (String items : new String[] {"一、删去第一条第二款。", "一、删去第一条第二款、第三条第二项。", "一、删去第三条第二项。同时，将第一条中的“甲”修改为“己”。"}) {
      var result = AmendmentApplier.apply(ApplyVerificationTest.law(law), ApplyVerificationTest.decision("决定对《中华人民共和国甲法》作如下修改：\n" + items + "\n"),
          "决定.md", Optional.empty());
      assertThat(result.problems()).as(items).isEmpty();
      assertThat(result.regulation().orElseThrow().articles()).as(items).extracting(a -> a.number().label()).containsExactly("第一条", "第三条");
    }
  }
}
