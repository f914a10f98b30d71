package org.regdraft.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.regdraft.RegdraftException;

/** Templates travel with repositories: a hostile one must fail clearly and run nothing. */
class TemplateSandboxTest {
  @TempDir Path dir;

  private RegdraftException renderFails(String body) throws Exception {
    Path templates = Files.createDirectories(dir.resolve("templates"));
    Path file = templates.resolve("恶意.md");
    Files.writeString(file, "---\ntype: 测试\ntitle: 测试\n---\n# 标题\n" + body + "\n");
    DocumentService s = new DocumentService(Optional.of(templates));
    TemplateFile t = s.find("恶意", dir);
    var input = DocumentInput.of(Fixtures.regulation(Fixtures.CONDUCT), Map.of(), Fixtures.TODAY);
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> s.render(t, input));
    assertThat(thrown).isInstanceOf(RegdraftException.class);
    RegdraftException e = (RegdraftException) thrown;
    // names the file and the line (the body starts on line 6 of the file)
    assertThat(e.getMessage()).contains("恶意.md").contains("第6行").doesNotContain("FTL stack").doesNotContain("\tat ");
    assertThat(e.exitCode()).isEqualTo(RegdraftException.CONTENT);
    return e;
  }

  @Test
  void executeThroughNewIsRefusedAndRunsNothing() throws Exception {
    Path marker = dir.resolve("pwned");
    RegdraftException e = renderFails(
        "<#assign x = \"freemarker.template.utility.Execute\"?new()>${x(\"touch " + marker + "\")}");
    assertThat(e.getMessage()).contains("出于安全考虑").contains("?new");
    assertThat(marker).doesNotExist();
  }

  @Test
  void objectConstructorThroughNewIsRefused() throws Exception {
    assertThat(renderFails("<#assign c = \"freemarker.template.utility.ObjectConstructor\"?new()>${c(\"java.io.File\", \"/\")}").getMessage())
        .contains("?new");
  }

  @Test
  void evalCannotEscapeTheSandbox() throws Exception {
    Path marker = dir.resolve("pwned-eval");
    RegdraftException e = renderFails(
        "<#assign x = '\"freemarker.template.utility.Execute\"?new()'?eval>${x(\"touch " + marker + "\")}");
    assertThat(e.getMessage()).contains("?new");
    assertThat(marker).doesNotExist();
  }

  @Test
  void apiIsDisabled() throws Exception {
    assertThat(renderFails("${options?api.getClass().getName()}").getMessage()).contains("?api");
  }

  @ParameterizedTest
  @ValueSource(strings = {"<#include \"../../etc/passwd\">", "<#include \"../../../../../../etc/passwd\">", "<#include \"/etc/passwd\">"})
  void includesCannotLeaveTheTemplatesFolder(String include) throws Exception {
    RegdraftException e = renderFails(include);
    assertThat(e.getMessage()).containsAnyOf("不允许包含模板文件夹以外的文件", "找不到要包含的模板");
    assertThat(e.getMessage()).doesNotContain("root:");
  }

  @ParameterizedTest
  @ValueSource(strings = {"${regulation.title.getClass()}", "${options.getClass().getName()}", "${regulation.getClass()}", "${counts.articles.toString()}", "${cn.getClass()}"})
  void dataHasNoJavaMethods(String call) throws Exception {
    RegdraftException e = renderFails(call);
    assertThat(e.getMessage()).containsAnyOf("缺少值", "不是可以用“.”取成员的数据");
  }

  @Test
  void aMissingValueNamesTheExpressionTheFileAndTheLine() throws Exception {
    RegdraftException e = renderFails("${options.meeting_place}");
    assertThat(e.getMessage()).contains("缺少值“options.meeting_place”").contains("--set");
  }

  @Test
  void aSyntaxErrorNamesTheFileAndTheLine() throws Exception {
    RegdraftException e = renderFails("<#if regulation.title??>没有结束标签");
    assertThat(e.getMessage()).contains("语法错误");
  }

  @Test
  void aSyntaxErrorFurtherDownReportsItsOwnLine() throws Exception {
    Path templates = Files.createDirectories(dir.resolve("templates"));
    Files.writeString(templates.resolve("坏.md"), "---\ntype: 坏\ntitle: x\n---\n# ${regulation.title}\n\n正文\n${regulation.title\n");
    DocumentService s = new DocumentService(Optional.of(templates));
    var input = DocumentInput.of(Fixtures.regulation(Fixtures.CONDUCT), Map.of(), Fixtures.TODAY);
    assertThatThrownBy(() -> s.render(s.find("坏", dir), input))
        .isInstanceOf(RegdraftException.class)
        .hasMessageContaining("坏.md")
        .hasMessageContaining("第8行")
        .hasMessageContaining("模板语法错误");
  }

  @Test
  void anErrorInTheTitleReportsTheFrontMatterLine() throws Exception {
    Path templates = Files.createDirectories(dir.resolve("templates"));
    Files.writeString(templates.resolve("题.md"), "---\ntype: 题\ndescription: x\ntitle: ${nothing.here}\n---\n# 标题\n");
    DocumentService s = new DocumentService(Optional.of(templates));
    var input = DocumentInput.of(Fixtures.regulation(Fixtures.CONDUCT), Map.of(), Fixtures.TODAY);
    assertThatThrownBy(() -> s.render(s.find("题", dir), input))
        .hasMessageContaining("题.md").hasMessageContaining("第4行第10列").hasMessageContaining("缺少值“nothing”");
  }

  @Test
  void chineseFunctionsRejectBadArgumentsInChinese() throws Exception {
    assertThat(renderFails("${cn(0)}").getMessage()).contains("cn(…) 只能写 1 到 9999 的数");
    assertThat(renderFails("${cnDate(\"明天\")}").getMessage()).contains("不是日期");
  }

  @Test
  void aLinkInTheTemplatesFolderCannotPullInAFileFromElsewhere() throws Exception {
    Path outside = Files.writeString(dir.resolve("外部.md"), "---\ntype: 外\ntitle: 外\n---\n# 外部文件\n");
    Path templates = Files.createDirectories(dir.resolve("templates"));
    Files.createSymbolicLink(templates.resolve("链接.md"), outside);
    DocumentService s = new DocumentService(Optional.of(templates));
    assertThatThrownBy(() -> s.find("链接", templates)).hasMessageContaining("找不到模板“链接”");
    assertThat(s.list()).noneMatch(t -> t.stem().equals("链接"));
  }

  @Test
  void anIncludeInsideTheFolderWorks() throws Exception {
    Path templates = Files.createDirectories(dir.resolve("templates"));
    Files.writeString(templates.resolve("落款.ftl"), "${regulation.issuer} {署名}\n");
    Files.writeString(templates.resolve("含.md"), "---\ntype: 含\ntitle: x\n---\n# ${cn(counts.articles)}条\n<#include \"落款.ftl\">\n");
    DocumentService s = new DocumentService(Optional.of(templates));
    var input = DocumentInput.of(Fixtures.regulation(Fixtures.CONDUCT), Map.of(), Fixtures.TODAY);
    RenderedDocument doc = s.render(s.find("含", dir), input);
    assertThat(doc.blocks()).containsExactly(
        Block.of(BlockStyle.TITLE, "三十三条"), Block.of(BlockStyle.SIGNATURE, "安阳市人民代表大会常务委员会"));
  }

  // added by the reliability work (issue 9): other ways into Java that a hostile template might try

  @Test
  void interpretCannotSmuggleNewPastTheResolver() throws Exception {
    Path marker = dir.resolve("pwned-interpret");
    RegdraftException e = renderFails(
        "<#assign t = r'<#assign x = \"freemarker.template.utility.Execute\"?new()>${x(\"touch " + marker + "\")}'?interpret><@t/>");
    assertThat(e.getMessage()).contains("?new");
    assertThat(marker).doesNotExist();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "<#assign r = \"java.lang.Runtime\"?new()>${r}",
    "<#assign f = \"java.io.File\"?new(\"/etc/passwd\")>${f}",
    "<#assign j = \"freemarker.template.utility.JythonRuntime\"?new()>${j}",
    "<#assign o = \"freemarker.template.utility.ObjectConstructor\"?new()>${o(\"java.lang.ProcessBuilder\", \"id\")}",
  })
  void noClassCanBeInstantiated(String body) throws Exception {
    assertThat(renderFails(body).getMessage()).contains("?new");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "${regulation?api.getClass()}", "${cn?api}", "${.now?api.getTime()}",
  })
  void apiIsDisabledOnEveryValue(String body) throws Exception {
    assertThat(renderFails(body).getMessage()).contains("?api");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "${options.class}", "${options.class.protectionDomain}", "${regulation.title.class}", "${cn.class.forName(\"java.lang.Runtime\")}",
    "${regulation.articles?first.getClass()}", "${statics[\"java.lang.System\"].exit(1)}", "${objectConstructor(\"java.io.File\", \"/\")}",
  })
  void objectMethodsAndStaticsAreOutOfReach(String body) throws Exception {
    RegdraftException e = renderFails(body);
    assertThat(e.getMessage()).doesNotContain("java.lang.Class").doesNotContain("ProtectionDomain");
  }
}
