package org.regdraft.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.regdraft.RegdraftException;

/**
 * The default templates packaged with regdraft (the repository's {@code templates/} folder, on the
 * class path under {@code templates/}). {@code templates/index.txt} lists them, one file a line
 * ({@code #} starts a comment), because the contents of a jar folder cannot be listed portably at
 * run time; a test keeps the index and the folder in step.
 */
public final class BundledTemplates {
  public static final String BASE = "templates/";
  public static final String INDEX = "index.txt";

  private BundledTemplates() {}

  /** The relative paths of the bundled templates; empty when none are packaged. */
  public static List<String> names() throws RegdraftException {
    Optional<byte[]> index = bytes(INDEX);
    if (index.isEmpty()) return List.of();
    List<String> out = new ArrayList<>();
    for (String line : new String(index.get(), StandardCharsets.UTF_8).split("\\R")) {
      String n = line.strip().replace('\\', '/');
      if (n.isEmpty() || n.startsWith("#") || n.startsWith("/") || n.contains("..")) continue;
      out.add(n);
    }
    return out;
  }

  /** One template's bytes. */
  public static Optional<byte[]> bytes(String name) throws RegdraftException {
    if (name.contains("..") || name.startsWith("/")) return Optional.empty();
    try (InputStream in = BundledTemplates.class.getClassLoader().getResourceAsStream(BASE + name)) {
      return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
    } catch (IOException e) {
      throw new RegdraftException("无法读取内置模板 " + name + "：" + e.getMessage(), RegdraftException.USAGE, e);
    }
  }
}
