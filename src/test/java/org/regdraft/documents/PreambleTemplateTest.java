package org.regdraft.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Templates can print the preamble: regulation.preamble is the list of its paragraphs. */
class PreambleTemplateTest {
  @Test
  void aTemplateListsThePreamble(@TempDir Path repo) throws Exception {
    Files.createDirectories(repo.resolve("templates"));
    Files.writeString(repo.resolve("templates/公告.md"),
        "---\ntype: 公告\ntitle: 本地公告\n---\n# ${regulation.title}\n<#list regulation.preamble as p>\n${p}\n</#list>\n");
    DocumentService s = new DocumentService(Optional.of(repo.resolve("templates")));
    var reg = Fixtures.regulation(Fixtures.CONDUCT).withPreamble(List.of("第一段序言。", "第二段序言。"));
    var doc = s.render(s.find("公告", repo), DocumentInput.of(reg, Map.of(), Fixtures.TODAY));
    assertThat(doc.texts()).containsExactly("安阳市文明行为促进条例", "第一段序言。", "第二段序言。");
  }
}
