package org.regdraft.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regdraft.markdown.MarkdownReader;

/**
 * {@link CitationResolver#pointsAtItself}: a unit that names itself by number (第二条 in 第二条,
 * 第一条第二款 in that paragraph, 第一项 in that item) — and everything that only looks like it.
 */
class SelfCitationTest {
  static final String HEAD = "---\nkind: 条例\nissuer: 某市人民代表大会常务委员会\nstatus: 草案\n---\n\n# 某市示例条例\n\n";

  /** Every citation target of the text, as “where: target → true/false”. */
  static List<String> judged(String body) {
    Regulation r = MarkdownReader.read(HEAD + body, "t.md").regulation();
    List<String> out = new ArrayList<>();
    for (UnitText u : UnitText.of(r)) {
      for (Citation c : CitationParser.parse(u.text())) {
        if (!c.isInternal()) continue;
        for (Citation.Reference ref : c.references()) {
          for (Target t : ref.targets()) out.add(u.label() + "：" + t.label() + (CitationResolver.pointsAtItself(r, t, u) ? " 自身" : ""));
        }
      }
    }
    return out;
  }

  @Test
  void anArticleParagraphOrItemNamingItselfByNumber() {
    String body = """
        ## 第一章　总则

        第一条　下列事项依照本条规定：

        （一）第一条第一项所列事项；

        （二）第一条第一项所列以外的事项；

        （三）第一条第一款所列的事项。

        依照第一条第二款、第一条第一款的规定。

        其他事项：

        （一）第一条第一项、第一条第三款第一项以外的事项。

        第二条　依照第二条、第一条、第一章的规定。

        第二条至第三条的规定同样适用。

        第三条　依照本条例第三条第一款第一项、第三条第二款的规定。

        第四条　下列事项：

        （一）第一项所列事项；

        （二）第一项以外的事项。

        依照第二款的规定。
        """;
    assertThat(judged(body)).containsExactly(
        // 本条 is how an article names itself: not written with a number
        "第一条第一款：本条",
        "第一条第一款第一项：第一条第一项 自身",
        "第一条第一款第二项：第一条第一项",
        // an item is inside its paragraph, not the paragraph itself
        "第一条第一款第三项：第一条第一款",
        "第一条第二款：第一条第二款 自身",
        "第一条第二款：第一条第一款",
        // 第一项 of another paragraph
        "第一条第三款第一项：第一条第一项",
        "第一条第三款第一项：第一条第三款第一项 自身",
        "第二条第一款：第二条 自身",
        "第二条第一款：第一条",
        "第二条第一款：第一章",
        // each end of a range is judged: 第二条至第三条 in 第二条 should read 本条至第三条
        "第二条第二款：第二条 自身",
        "第二条第二款：第三条",
        // a unit that does not exist is not itself
        "第三条：第三条第一款第一项",
        "第三条：第三条第二款",
        // a paragraph or an item number alone means one of this article
        "第四条第一款第一项：本条第一项 自身",
        "第四条第一款第二项：本条第一项",
        "第四条第二款：本条第二款 自身");
  }
}
