package org.regdraft.amend;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.regdraft.check.Finding;
import org.regdraft.markdown.MarkdownReader;
import org.regdraft.markdown.MarkdownWriter;

/**
 * Citations of the text's own articles, 款 and 项 follow the renumbering a decision asks for, wherever
 * they stand (a 款, an item of a second 款, a 目, after words an item added) and whatever level
 * they name (第五条第二款, 第三条第二款第一项); a citation of a deleted article is left as it was
 * and reported. On src/test/resources/amend/apply/养犬管理条例.md.
 */
class ApplyCitationsTest {
  static final String HEAD = "丙市人民代表大会常务委员会关于修改《丙市养犬管理条例》的决定\n\n"
      + "丙市第一届人民代表大会常务委员会第一次会议决定对《丙市养犬管理条例》作如下修改：\n\n";

  static AmendmentApplier.Result apply(String items) throws Exception {
    var r = MarkdownReader.read(Files.readString(Path.of("src/test/resources/amend/apply/养犬管理条例.md")), "养犬管理条例.md");
    assertThat(r.hasErrors()).isFalse();
    var parsed = DecisionParser.parse(DecisionParser.lines(HEAD + items), "决定.md");
    assertThat(parsed.findings()).as(items).isEmpty();
    return AmendmentApplier.apply(r.regulation(), parsed.decision(), "决定.md", Optional.empty());
  }

  static String applied(String items) throws Exception {
    var r = apply(items);
    assertThat(r.problems()).as(items).isEmpty();
    String md = MarkdownWriter.write(r.regulation().orElseThrow());
    return md.substring(md.indexOf("第一条"));
  }

  @Test
  void anAddedArticleRenumbersCitationsInParagraphsItemsAndSubItems() throws Exception {
    assertThat(applied("一、增加一条，作为第二条：“本市实行养犬登记制度。”\n"))
        .contains("2.依照本条例第六条规定确定的其他交通工具。") // a 目
        .contains("（二）违反本条例第三条第二项规定以外的其他情形。") // an item of a second 款
        .contains("第五条　养犬人违反本条例第三条第三项规定的，由公安机关责令改正；违反本条例第四条第二款第一项规定的，依照本条例第六条第二款处理。")
        .contains("违反本条例第四条第一款第一项规定的，由公安机关处二百元罚款。");
  }

  /** Words added before a citation: the citation is still old text, renumbered at its new offset. */
  @Test
  void aCitationAfterAddedWordsIsStillRenumbered() throws Exception {
    assertThat(applied("一、增加一条，作为第二条：“本市实行养犬登记制度。”\n\n二、在第四条中的“养犬人”后增加“或者其家庭成员”。\n"))
        .contains("第五条　养犬人或者其家庭成员违反本条例第三条第三项规定的，由公安机关责令改正；违反本条例第四条第二款第一项规定的，依照本条例第六条第二款处理。");
    assertThat(applied("一、删去第四条中的“，由公安机关责令改正”。\n\n二、增加一条，作为第一条：“本条例适用于本市。”\n"))
        .contains("第五条　养犬人违反本条例第三条第三项规定的；违反本条例第四条第二款第一项规定的，依照本条例第六条第二款处理。");
  }

  @Test
  void anAddedItemOrParagraphRenumbersTheCitationsOfTheOnesAfterIt() throws Exception {
    assertThat(applied("一、第二条增加一项，作为第一项：“（一）遵守本条例；”\n此外，对条文顺序作相应调整。\n"))
        .contains("（二）违反本条例第二条第三项规定以外的其他情形。")
        .contains("第四条　养犬人违反本条例第二条第四项规定的");
    // an item of the second 款: 第三条第二款第一项 follows, 第三条第一款第一项 does not
    assertThat(applied("一、第三条第二款增加一项，作为第一项：“（一）警犬执行任务；”\n此外，对条文顺序作相应调整。\n"))
        .contains("违反本条例第三条第二款第二项规定的，依照本条例第五条第二款处理。")
        .contains("违反本条例第三条第一款第一项规定的，由公安机关处二百元罚款。");
    assertThat(applied("一、第五条增加一款，作为第一款：“养犬管理实行属地负责。”\n此外，对条文顺序作相应调整。\n"))
        .contains("依照本条例第五条第三款处理。").contains("第五条　养犬管理实行属地负责。");
    // without 此外, the numbers may not move: the verification refuses the changed citations
    var refused = apply("一、第二条增加一项，作为第一项：“（一）遵守本条例；”\n");
    assertThat(refused.regulation()).isEmpty();
    assertThat(refused.problems()).extracting(Finding::message).anyMatch(m -> m.contains("第四条没有被任何一项修改提及，修改后却文字变了或不见了"));
  }

  @Test
  void aCitationOfADeletedArticleStaysAndIsReported() throws Exception {
    var r = apply("一、删去第五条。\n\n二、删去第一条。\n");
    assertThat(r.problems()).isEmpty();
    String md = MarkdownWriter.write(r.regulation().orElseThrow());
    assertThat(md).contains("第三条　养犬人违反本条例第一条第三项规定的，由公安机关责令改正；违反本条例第二条第二款第一项规定的，依照本条例第五条第二款处理。")
        .contains("2.依照本条例第五条规定确定的其他交通工具。");
    assertThat(r.warnings()).extracting(Finding::message)
        .containsExactly("第三条引用的第五条已被删去，引用未改，请核对", "第四条引用的第五条已被删去，引用未改，请核对");
  }
}
