package org.regdraft.documents;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.regdraft.RegdraftException;
import org.regdraft.workspace.AtomicFiles;
import org.regdraft.workspace.FileNames;

/**
 * Where a rendered document goes: {@code -o FILE} or {@code out/<法规名称>-<文书>.docx}. Files
 * under the workspace's {@code out/} are generated and may be replaced; anything else that
 * exists is kept unless the user says {@code --force}.
 */
public final class DocumentOutput {
  private DocumentOutput() {}

  /** The default file: out/安阳市文明行为促进条例-公告.docx. */
  public static Path defaultPath(Path root, String regulationTitle, RenderedDocument doc, String extension)
      throws RegdraftException {
    return root.resolve("out").resolve(FileNames.safe(regulationTitle + "-" + doc.outputName()) + "." + extension);
  }

  /**
   * Writes {@code doc} to {@code target} (or the default path) atomically.
   *
   * @return the file written
   */
  public static Path write(Path root, String regulationTitle, RenderedDocument doc, Optional<Path> target, String defaultExtension, boolean force)
      throws RegdraftException {
    Path file = target.isPresent() ? target.get().toAbsolutePath().normalize() : defaultPath(root, regulationTitle, doc, defaultExtension);
    DocumentSink sink = DocumentService.sinkFor(file.getFileName().toString(), Optional.of(root.resolve(org.regdraft.workspace.Workspace.TEMPLATES)));
    Path out = root.resolve("out").toAbsolutePath().normalize();
    if (Files.isDirectory(file)) throw new RegdraftException(file + " 是文件夹；-o 应给出文件名，如 公告.docx");
    if (Files.exists(file) && !file.startsWith(out) && !force) {
      throw new RegdraftException("文件已存在，未覆盖：" + file + "（确需覆盖请加 --force）");
    }
    AtomicFiles.write(file, sink.write(doc));
    return file;
  }
}
