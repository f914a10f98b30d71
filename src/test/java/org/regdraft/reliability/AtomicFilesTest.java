package org.regdraft.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regdraft.RegdraftException;
import org.regdraft.workspace.AtomicFiles;

/** The write path every user file takes (the SIGKILL test, KillDuringWriteIT, runs it for real). */
class AtomicFilesTest {
  @TempDir Path dir;

  @Test
  void replacesTheFileWholeKeepsItsPermissionsAndLeavesNoTemporaryFile() throws Exception {
    Path f = Files.writeString(dir.resolve("条例.md"), "旧的内容");
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-rw----"));
    AtomicFiles.writeString(f, "新的内容");
    assertThat(f).hasContent("新的内容");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rw-rw----");
    try (Stream<Path> s = Files.list(dir)) {
      assertThat(s.toList()).containsExactly(f);
    }
  }

  @Test
  void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws Exception {
    Path f = Files.writeString(dir.resolve("条例.md"), "旧的内容");
    // the target is a folder: the rename fails after the temporary file was written
    Path folder = Files.createDirectories(dir.resolve("文件夹.md"));
    Files.writeString(folder.resolve("里面"), "x");
    assertThatThrownBy(() -> AtomicFiles.writeString(folder, "新的内容"))
        .isInstanceOf(RegdraftException.class)
        .hasMessageContaining("无法写入");
    assertThat(f).hasContent("旧的内容");
    try (Stream<Path> s = Files.list(dir)) {
      assertThat(s.map(p -> p.getFileName().toString()).toList()).containsExactlyInAnyOrder("条例.md", "文件夹.md");
    }
  }

  @Test
  void aFolderThatIsAFileIsAClearError() throws Exception {
    Path file = Files.writeString(dir.resolve("普通文件"), "x");
    assertThatThrownBy(() -> AtomicFiles.writeString(file.resolve("条例.md"), "内容"))
        .isInstanceOf(RegdraftException.class)
        .hasMessageContaining("无法写入");
  }
}
