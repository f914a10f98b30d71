package org.regdraft.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regdraft.RegdraftException;

/**
 * The write path every user file takes. A plain in-place write ({@code Files.write} on the user's
 * file) fails {@link #theOldFileIsReplacedNotOverwritten}, {@link #atTheMomentBeforeTheRenameTheUsersFileIsStillTheOldOne}
 * and {@link #aFailedWriteLeavesTheOldFileAndNoTemporaryFile}; the SIGKILL test, KillDuringWriteIT, runs it for real.
 */
class AtomicFilesTest {
  @TempDir Path dir;

  private List<String> names() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void replacesTheFileWholeKeepsItsPermissionsAndLeavesNoTemporaryFile() throws Exception {
    Path f = Files.writeString(dir.resolve("条例.md"), "旧的内容，比新的长得多得多得多");
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-rw----"));
    AtomicFiles.writeString(f, "新的内容");
    assertThat(f).hasContent("新的内容");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rw-rw----");
    assertThat(names()).containsExactly("条例.md");
  }

  @Test
  void aNewFileIsReadableByOthersLikeAnyFileAnEditorSavesAndItsFolderIsCreated() throws Exception {
    Path f = dir.resolve("新文件夹/子文件夹/条例.md");
    AtomicFiles.write(f, "内容".getBytes(StandardCharsets.UTF_8));
    assertThat(f).hasContent("内容");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rw-r--r--");
    AtomicFiles.writeString(dir.resolve("空.md"), "");
    assertThat(dir.resolve("空.md")).isEmptyFile();
  }

  @Test
  void aRelativePathIsWrittenWhereItPoints() throws Exception {
    Path rel = Path.of("").toAbsolutePath().relativize(dir.resolve("相对.md"));
    AtomicFiles.writeString(rel, "内容");
    assertThat(dir.resolve("相对.md")).hasContent("内容");
  }

  /**
   * The rename replaces the folder entry; a second name (hard link) for the old file still shows
   * the old bytes. Writing into the user's file in place changes both names: this fails.
   */
  @Test
  void theOldFileIsReplacedNotOverwritten() throws Exception {
    Path f = Files.writeString(dir.resolve("条例.md"), "旧的内容");
    Path second = Files.createLink(dir.resolve("旧的名字"), f);
    Object before = Files.readAttributes(f, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
    AtomicFiles.writeString(f, "新的内容");
    assertThat(f).hasContent("新的内容");
    assertThat(second).hasContent("旧的内容");
    Object after = Files.readAttributes(f, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
    assertThat(after).isNotEqualTo(before);
  }

  /**
   * A crash at any moment finds the old file or the new one: between writing and renaming, the
   * temporary file (hidden, in the same folder, not *.md) holds all the new bytes and the user's
   * file all the old ones.
   */
  @Test
  void atTheMomentBeforeTheRenameTheUsersFileIsStillTheOldOne() throws Exception {
    Path f = Files.writeString(dir.resolve("条例.md"), "旧的内容");
    byte[] fresh = "新的内容".repeat(50_000).getBytes(StandardCharsets.UTF_8);
    List<Path> seen = new ArrayList<>();
    AtomicFiles.write(f, fresh, (tmp, target) -> {
      seen.add(tmp);
      assertThat(target).isEqualTo(f.toAbsolutePath());
      assertThat(tmp.getParent()).isEqualTo(dir.toAbsolutePath());
      assertThat(tmp.getFileName().toString()).startsWith(".条例.md.").endsWith(".tmp");
      assertThat(Files.readAllBytes(tmp)).isEqualTo(fresh);
      assertThat(f).hasContent("旧的内容");
    });
    assertThat(seen).hasSize(1);
    assertThat(Files.readAllBytes(f)).isEqualTo(fresh);
    assertThat(seen.get(0)).doesNotExist();
  }

  /** The disk fails between writing and renaming: the file it was writing keeps its old content. */
  @Test
  void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws Exception {
    Path f = Files.writeString(dir.resolve("条例.md"), "旧的内容");
    assertThatThrownBy(() -> AtomicFiles.write(f, "新的内容".getBytes(StandardCharsets.UTF_8), (tmp, target) -> {
          throw new FileSystemException(tmp.toString(), null, "No space left on device");
        }))
        .isInstanceOf(RegdraftException.class)
        .hasMessageContaining("无法写入 " + f)
        .hasMessageContaining("磁盘空间不足")
        .satisfies(e -> assertThat(((RegdraftException) e).exitCode()).isEqualTo(RegdraftException.USAGE));
    assertThat(f).hasContent("旧的内容");
    assertThat(names()).containsExactly("条例.md");
  }

  @Test
  void aFolderInThePlaceOfTheFileStaysAsItWas() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("文件夹.md"));
    Files.writeString(folder.resolve("里面"), "x");
    assertThatThrownBy(() -> AtomicFiles.writeString(folder, "新的内容"))
        .isInstanceOf(RegdraftException.class)
        .hasMessageContaining("无法写入");
    assertThat(folder.resolve("里面")).hasContent("x");
    assertThat(names()).containsExactly("文件夹.md");
  }

  @Test
  void aFolderThatIsAFileIsAClearError() throws Exception {
    Path file = Files.writeString(dir.resolve("普通文件"), "x");
    assertThatThrownBy(() -> AtomicFiles.writeString(file.resolve("条例.md"), "内容"))
        .isInstanceOf(RegdraftException.class)
        .hasMessageContaining("无法写入")
        .hasMessageContaining("是普通文件，不是文件夹");
    assertThat(file).hasContent("x");
  }

  @Test
  void everyReasonIsSaidInWordsAUserCanActOn() {
    assertThat(AtomicFiles.reason(new FileAlreadyExistsException("/a/普通文件"))).isEqualTo("/a/普通文件 是普通文件，不是文件夹");
    assertThat(AtomicFiles.reason(new NotDirectoryException("/a/b"))).isEqualTo("路径中有一段是普通文件，不是文件夹（/a/b）");
    assertThat(AtomicFiles.reason(new FileSystemException("/a/b", null, "Not a directory")))
        .isEqualTo("路径中有一段是普通文件，不是文件夹（/a/b）");
    assertThat(AtomicFiles.reason(new AccessDeniedException("/a"))).isEqualTo("没有写权限，或文件、文件夹被设为不可修改");
    assertThat(AtomicFiles.reason(new FileSystemException("/a", null, "Operation not permitted")))
        .isEqualTo("没有写权限，或文件、文件夹被设为不可修改");
    assertThat(AtomicFiles.reason(new FileSystemException("/a", null, "Permission denied")))
        .isEqualTo("没有写权限，或文件、文件夹被设为不可修改");
    assertThat(AtomicFiles.reason(new FileSystemException("/a", null, "Read-only file system"))).isEqualTo("文件系统是只读的");
    assertThat(AtomicFiles.reason(new FileSystemException("/a", null, "No space left on device"))).isEqualTo("磁盘空间不足");
    assertThat(AtomicFiles.reason(new FileSystemException("/a", null, "File name too long"))).isEqualTo("文件名过长");
    assertThat(AtomicFiles.reason(new IOException("Input/output error"))).isEqualTo("Input/output error");
    assertThat(AtomicFiles.reason(new IOException())).isEqualTo("null");
  }
}
