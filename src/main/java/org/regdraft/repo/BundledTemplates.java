package org.regdraft.repo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.regdraft.RegdraftException;

/**
 * The default templates packaged with regdraft (the repository's {@code templates/} folder, on the
 * class path under {@code regdraft/templates/}). The build writes {@code INDEX}, one relative path
 * a line, because the contents of a jar folder cannot be listed portably at run time.
 */
public final class BundledTemplates {
  static final String BASE = "regdraft/templates/";

  private BundledTemplates() {}

  /** The relative paths of the bundled templates; empty when none are packaged. */
  public static List<String> names() throws RegdraftException {
    Optional<byte[]> index = bytes("INDEX");
    if (index.isEmpty()) return List.of();
    List<String> out = new ArrayList<>();
    for (String line : new String(index.get(), StandardCharsets.UTF_8).split("\\R")) {
      String n = line.strip().replace('\\', '/');
      if (n.isEmpty() || n.startsWith("/") || n.contains("..")) continue;
      out.add(n);
    }
    return out;
  }

  /** One template's bytes. */
  public static Optional<byte[]> bytes(String name) throws RegdraftException {
    try (InputStream in = BundledTemplates.class.getClassLoader().getResourceAsStream(BASE + name)) {
      return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
    } catch (IOException e) {
      throw new RegdraftException("无法读取内置模板 " + name + "：" + e.getMessage(), RegdraftException.USAGE, e);
    }
  }
}
