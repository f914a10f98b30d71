package org.regdraft.workspace;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.regdraft.RegdraftException;

/** Writes user files atomically: a temporary file in the same folder, flushed, then renamed. */
public final class AtomicFiles {
  private AtomicFiles() {}

  public static void writeString(Path target, String content) throws RegdraftException {
    write(target, content.getBytes(StandardCharsets.UTF_8));
  }

  public static void write(Path target, byte[] content) throws RegdraftException {
    write(target, content, (tmp, dest) -> {});
  }

  /**
   * The moment a crash or a failing disk can strike: the temporary file is written and flushed,
   * the user's file not yet replaced. Only tests put anything here (a fault, or a look at both files).
   */
  @FunctionalInterface
  interface BeforeRename {
    void at(Path tmp, Path target) throws IOException;
  }

  static void write(Path target, byte[] content, BeforeRename beforeRename) throws RegdraftException {
    Path abs = target.toAbsolutePath();
    Path dir = abs.getParent();
    Path tmp = null;
    try {
      Files.createDirectories(dir);
      tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        var buf = java.nio.ByteBuffer.wrap(content);
        while (buf.hasRemaining()) ch.write(buf);
        ch.force(true);
      }
      permissions(tmp, abs);
      beforeRename.at(tmp, abs);
      try {
        Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
      }
      tmp = null;
      syncFolder(dir);
    } catch (IOException e) {
      throw new RegdraftException("无法写入 " + target + "：" + reason(e), RegdraftException.USAGE, e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // the temporary file is hidden and named after the target; nothing of the user's is lost
        }
      }
    }
  }

  /**
   * Writes several files so that either all of them change or none does: every new content is
   * first written and flushed to a temporary file beside its target; only when all are staged are
   * they renamed into place, and should a rename fail, the files already replaced get their old
   * bytes back. What {@code renumber --update-others} uses to change a regulation and the ones
   * citing it together.
   */
  public static void writeAll(java.util.Map<Path, String> contents) throws RegdraftException {
    java.util.Map<Path, Path> staged = new java.util.LinkedHashMap<>();
    java.util.Map<Path, byte[]> originals = new java.util.LinkedHashMap<>();
    java.util.List<Path> replaced = new java.util.ArrayList<>();
    Path current = null;
    try {
      for (var e : contents.entrySet()) {
        current = e.getKey();
        Path abs = current.toAbsolutePath();
        Path tmp = Files.createTempFile(abs.getParent(), "." + abs.getFileName() + ".", ".tmp");
        staged.put(abs, tmp);
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
          var buf = java.nio.ByteBuffer.wrap(e.getValue().getBytes(StandardCharsets.UTF_8));
          while (buf.hasRemaining()) ch.write(buf);
          ch.force(true);
        }
        permissions(tmp, abs);
        if (Files.exists(abs)) originals.put(abs, Files.readAllBytes(abs));
      }
      for (var e : staged.entrySet()) {
        current = e.getKey();
        try {
          Files.move(e.getValue(), e.getKey(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException x) {
          Files.move(e.getValue(), e.getKey(), StandardCopyOption.REPLACE_EXISTING);
        }
        replaced.add(e.getKey());
      }
      for (Path p : staged.keySet()) syncFolder(p.getParent());
    } catch (IOException e) {
      for (Path p : replaced) {
        byte[] old = originals.get(p);
        if (old == null) continue;
        try {
          write(p, old);
        } catch (RegdraftException ignored) {
          // reported below with the first failure; the user's version control still has the file
        }
      }
      String undone = replaced.isEmpty() ? "，没有文件被改动" : "，已改动的 " + replaced.size() + " 个文件已恢复原状";
      throw new RegdraftException("无法写入 " + current + "：" + reason(e) + undone, RegdraftException.USAGE, e);
    } finally {
      for (Path tmp : staged.values()) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // hidden and named after its target
        }
      }
    }
  }

  /** Why a write failed, in words a user can act on; the system's own words otherwise. */
  static String reason(IOException e) {
    String m = String.valueOf(e.getMessage());
    if (e instanceof java.nio.file.FileAlreadyExistsException f) return f.getFile() + " 是普通文件，不是文件夹";
    if (e instanceof java.nio.file.NotDirectoryException || m.endsWith("Not a directory")) {
      return "路径中有一段是普通文件，不是文件夹（" + m.replace(": Not a directory", "") + "）";
    }
    if (e instanceof java.nio.file.AccessDeniedException || m.endsWith("Operation not permitted") || m.endsWith("Permission denied")) {
      return "没有写权限，或文件、文件夹被设为不可修改";
    }
    if (m.endsWith("Read-only file system")) return "文件系统是只读的";
    if (m.endsWith("No space left on device")) return "磁盘空间不足";
    if (m.endsWith("File name too long")) return "文件名过长";
    return m;
  }

  /** Makes the rename itself durable: without it a power cut can bring back the old directory entry. */
  private static void syncFolder(Path dir) {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Windows cannot open a folder as a channel; NTFS journals the rename itself
    }
  }

  /**
   * createTempFile makes the file private (0600); the file replacing a user's file keeps that
   * file's permissions, a new one gets rw-r--r-- like any file an editor saves.
   */
  private static void permissions(Path tmp, Path target) {
    try {
      if (Files.exists(target)) Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target));
      else Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    } catch (UnsupportedOperationException | IOException e) {
      // not a POSIX file system (Windows): the temporary file already has the folder's defaults
    }
  }
}
