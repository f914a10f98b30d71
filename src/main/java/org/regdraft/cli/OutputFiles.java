package org.regdraft.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.regdraft.RegdraftException;
import org.regdraft.workspace.AtomicFiles;
import org.regdraft.workspace.FileNames;
import org.regdraft.workspace.Workspace;

/**
 * Where generated documents go. Without -o: {@code out/} of the workspace, a folder the tool owns,
 * where files are replaced freely. With -o: the user's path, never overwritten without --force
 * (unless it is inside {@code out/}). Always written to a temporary file and renamed.
 */
final class OutputFiles {
  static final String OUT = "out";

  private OutputFiles() {}

  /** The target path: {@code option} when given, else out/&lt;safe file name&gt;. */
  static Path target(Workspace ws, Path option, String fileName) throws RegdraftException {
    if (option != null) return option.toAbsolutePath().normalize();
    return ws.root().resolve(OUT).resolve(FileNames.safe(fileName));
  }

  /** Writes atomically, refusing to replace a user's file without {@code force}. */
  static void write(Workspace ws, Path target, byte[] content, boolean force) throws RegdraftException {
    Path out = ws.root().resolve(OUT).toAbsolutePath().normalize();
    if (Files.exists(target) && !force && !target.startsWith(out)) {
      throw new RegdraftException("文件已存在：" + ws.display(target) + "（如要覆盖，请加 --force）");
    }
    if (Files.isDirectory(target)) throw new RegdraftException(ws.display(target) + " 是文件夹，请给出文件名");
    AtomicFiles.write(target, content);
  }
}
