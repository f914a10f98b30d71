package org.regdraft.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regdraft.RegdraftException;

/** How what a user types (a path, a title, part of a title) becomes a regulation file. */
class WorkspaceTest {
  private static final String SAMPLE = "regulations/安阳市文明行为促进条例.md";
  private static final String COMPANION = "src/test/resources/companion/文明行为促进条例说明.md";

  @TempDir Path root;
  Path regs;

  @BeforeEach
  void twoRegulationsAndACompanion() throws Exception {
    regs = Files.createDirectories(root.resolve("regulations"));
    Files.copy(Path.of(SAMPLE), regs.resolve("安阳市文明行为促进条例.md"));
    Files.copy(Path.of(SAMPLE), regs.resolve("安阳市物业管理条例.md"));
    Files.createDirectories(regs.resolve("已废止"));
    Files.copy(Path.of(SAMPLE), regs.resolve("已废止/安阳市旧条例.md"));
    Files.copy(Path.of(COMPANION), regs.resolve("文明行为促进条例说明.md"));
    Files.writeString(regs.resolve(".隐藏.md"), "x");
    Files.writeString(regs.resolve("笔记.txt"), "x");
    Files.createDirectories(regs.resolve("像法规的文件夹.md"));
  }

  @Test
  void regulationsAreTheMarkdownFilesSortedAndCompanionsAreApart() throws Exception {
    Workspace w = Workspace.at(root);
    assertThat(w.regulationFiles()).containsExactly(
        regs.resolve("安阳市文明行为促进条例.md"), regs.resolve("安阳市物业管理条例.md"), regs.resolve("已废止/安阳市旧条例.md"));
    assertThat(w.companionFiles()).containsExactly(regs.resolve("文明行为促进条例说明.md"));
    assertThat(w.regulationsDir()).isEqualTo(regs);
    assertThat(w.templatesDir()).isEqualTo(root.resolve("templates"));
    assertThat(Workspace.at(root.resolve("没有")).regulationFiles()).isEmpty();
  }

  @Test
  void aRegulationIsFoundByPathExactTitleOrAUniqueFragment() throws Exception {
    Workspace w = Workspace.at(root);
    Path civil = regs.resolve("安阳市文明行为促进条例.md");
    assertThat(w.resolve(civil.toString())).isEqualTo(civil);
    assertThat(w.resolve("regulations/安阳市文明行为促进条例.md")).isEqualTo(civil);
    assertThat(w.resolve("安阳市文明行为促进条例")).isEqualTo(civil);
    assertThat(w.resolve("安阳市文明行为促进条例.md")).isEqualTo(civil);
    assertThat(w.resolve("文明")).isEqualTo(civil);
    assertThat(w.resolve("旧条例")).isEqualTo(regs.resolve("已废止/安阳市旧条例.md"));
  }

  @Test
  void anExactTitleWinsOverTitlesThatContainIt() throws Exception {
    Files.copy(Path.of(SAMPLE), regs.resolve("安阳市物业管理条例实施办法.md"));
    assertThat(Workspace.at(root).resolve("安阳市物业管理条例")).isEqualTo(regs.resolve("安阳市物业管理条例.md"));
  }

  @Test
  void twoExactTitlesInDifferentFoldersAreAmbiguous() throws Exception {
    Files.copy(Path.of(SAMPLE), regs.resolve("已废止/安阳市物业管理条例.md"));
    assertThatThrownBy(() -> Workspace.at(root).resolve("安阳市物业管理条例"))
        .isInstanceOf(RegdraftException.class)
        .hasMessage("“安阳市物业管理条例”不止对应一部法规，请写得更具体：\n  安阳市物业管理条例\n  安阳市物业管理条例");
  }

  @Test
  void aFragmentOfSeveralTitlesAsksForMoreAndNamesThemInOrder() {
    assertThatThrownBy(() -> Workspace.at(root).resolve("安阳市"))
        .isInstanceOf(RegdraftException.class)
        .hasMessage("“安阳市”不止对应一部法规，请写得更具体：\n  安阳市文明行为促进条例\n  安阳市物业管理条例\n  安阳市旧条例");
  }

  @Test
  void aCompanionAHiddenFileOrAFolderIsNotARegulation() {
    Workspace w = Workspace.at(root);
    assertThatThrownBy(() -> w.resolve("文明行为促进条例说明")).hasMessageStartingWith("找不到法规“文明行为促进条例说明”。现有法规：");
    assertThatThrownBy(() -> w.resolve("隐藏")).hasMessageStartingWith("找不到法规");
    assertThatThrownBy(() -> w.resolve("像法规的文件夹")).hasMessageStartingWith("找不到法规");
    assertThatThrownBy(() -> w.resolve("regulations/像法规的文件夹.md")).hasMessage("regulations/像法规的文件夹.md 是文件夹，不是法规文件");
  }

  @Test
  void aTitleNotFoundListsTheRegulationsThereAre() {
    assertThatThrownBy(() -> Workspace.at(root).resolve("交通"))
        .isInstanceOf(RegdraftException.class)
        .hasMessage("找不到法规“交通”。现有法规：\n  安阳市文明行为促进条例\n  安阳市物业管理条例\n  安阳市旧条例");
  }

  @Test
  void aTitleNotFoundInAnEmptyWorkspaceSaysTheFolderIsEmpty() throws Exception {
    Path empty = Files.createDirectories(root.resolve("空/regulations"));
    Workspace w = Workspace.discover(Optional.empty(), empty);
    assertThatThrownBy(() -> w.resolve("交通")).hasMessage("找不到法规“交通”（" + empty + " 中没有法规文件）");
    assertThatThrownBy(() -> Workspace.discover(Optional.empty(), empty.getParent()).resolve("交通"))
        .hasMessage("找不到法规“交通”（regulations 中没有法规文件）");
  }

  @Test
  void theRootIsTheNearestFolderUpwardWithRegulationsOrGit() throws Exception {
    Path deep = Files.createDirectories(regs.resolve("已废止"));
    assertThat(Workspace.discover(Optional.empty(), deep).root()).isEqualTo(root);
    Path gitOnly = Files.createDirectories(root.resolve("别的仓库/.git"));
    Path inside = Files.createDirectories(gitOnly.getParent().resolve("子/孙"));
    assertThat(Workspace.discover(Optional.empty(), inside).root()).isEqualTo(gitOnly.getParent());
    Path gitFile = Files.createDirectories(root.resolve("工作树"));
    Files.writeString(gitFile.resolve(".git"), "gitdir: /别处");
    assertThat(Workspace.discover(Optional.empty(), gitFile).root()).isEqualTo(gitFile);
  }

  @Test
  void repoIsResolvedAgainstTheCurrentFolderAndMustExist() throws Exception {
    Path other = Files.createDirectories(root.resolve("别处"));
    Workspace w = Workspace.discover(Optional.of(Path.of("..")), other);
    assertThat(w.root()).isEqualTo(root.toAbsolutePath().normalize());
    assertThat(w.display(regs.resolve("安阳市物业管理条例.md"))).isEqualTo(regs.resolve("安阳市物业管理条例.md").toString());
    assertThat(w.resolve("物业")).isEqualTo(regs.resolve("安阳市物业管理条例.md"));
    assertThatThrownBy(() -> Workspace.discover(Optional.of(Path.of("没有")), other))
        .isInstanceOf(RegdraftException.class)
        .hasMessage("--repo 指定的文件夹不存在：没有");
    Files.writeString(other.resolve("文件"), "x");
    assertThatThrownBy(() -> Workspace.discover(Optional.of(Path.of("文件")), other)).hasMessageContaining("不存在");
  }

  @Test
  void aPathRelativeToTheCurrentFolderComesFirstAndMessagesNameFilesFromThere() throws Exception {
    Workspace w = Workspace.discover(Optional.empty(), regs);
    assertThat(w.resolve("安阳市物业管理条例.md")).isEqualTo(regs.resolve("安阳市物业管理条例.md"));
    assertThat(w.display(regs.resolve("已废止/安阳市旧条例.md"))).isEqualTo("已废止/安阳市旧条例.md");
    assertThat(w.display(regs)).isEmpty();
    assertThat(w.display(root.resolve("templates/x.md"))).isEqualTo(root.resolve("templates/x.md").toString());
    assertThat(w.read(regs.resolve("安阳市物业管理条例.md")).regulation().title()).isEqualTo("安阳市文明行为促进条例");
  }

  @Test
  void aPathRelativeToTheRootWorksFromAnyFolderBelowIt() throws Exception {
    Workspace w = Workspace.discover(Optional.empty(), regs.resolve("已废止"));
    assertThat(w.resolve("regulations/安阳市物业管理条例.md")).isEqualTo(regs.resolve("安阳市物业管理条例.md"));
  }

  @Test
  void withoutRegulationsOrGitAboveTheCurrentFolderIsTheRoot(@TempDir Path elsewhere) throws Exception {
    Path lone = Files.createDirectories(elsewhere.resolve("孤立/子"));
    org.junit.jupiter.api.Assumptions.assumeTrue(
        Workspace.discover(Optional.empty(), elsewhere).root().equals(elsewhere.toAbsolutePath().normalize()),
        "a folder above the temporary folder has regulations/ or .git");
    assertThat(Workspace.discover(Optional.empty(), lone).root()).isEqualTo(lone);
  }

  @Test
  void aTitleIsTheFileNameWithoutMd() {
    assertThat(Workspace.titleOf(Path.of("a/安阳市物业管理条例.md"))).isEqualTo("安阳市物业管理条例");
    assertThat(Workspace.titleOf(Path.of("a/笔记.txt"))).isEqualTo("笔记.txt");
  }

  @Test
  void outsideGitOnlyTheWorkingTreeCanBeRead() throws Exception {
    VersionStore store = VersionStore.worktreeOnly();
    Path f = regs.resolve("安阳市物业管理条例.md");
    String text = Files.readString(f);
    assertThat(store.read(f, null)).isEqualTo(text);
    assertThat(store.read(f, "")).isEqualTo(text);
    assertThat(store.read(f, VersionStore.WORKTREE)).isEqualTo(text);
    assertThat(store.author(f, "HEAD")).isEmpty();
    assertThatThrownBy(() -> store.read(f, "草案"))
        .isInstanceOf(RegdraftException.class)
        .hasMessage("“草案”是版本名，但这里不是 Git 仓库（先运行 regdraft init）");
  }

  @Test
  void theBundledTemplatesAreThoseTheIndexNames() throws Exception {
    assertThat(BundledTemplates.names()).contains("说明.md", "修改决定.md").noneMatch(n -> n.startsWith("#") || n.isBlank());
    for (String n : BundledTemplates.names()) assertThat(BundledTemplates.bytes(n)).as(n).isPresent();
    assertThat(BundledTemplates.bytes("说明.md").orElseThrow()).isEqualTo(Files.readAllBytes(Path.of("templates/说明.md")));
    assertThat(BundledTemplates.bytes("../pom.xml")).isEmpty();
    assertThat(BundledTemplates.bytes("/templates/说明.md")).isEmpty();
    assertThat(BundledTemplates.bytes("没有.md")).isEmpty();
  }
}
