package org.regdraft.cli;

import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Prints the version and the commit the jar was built from (from build-info.properties). */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() throws Exception {
    Properties p = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream("/org/regdraft/build-info.properties")) {
      if (in != null) p.load(in);
    }
    String dirty = "true".equals(p.getProperty("dirty")) ? "，构建时有未提交的修改" : "";
    return new String[] {
      "regdraft " + p.getProperty("version", "开发版") + "（提交 " + p.getProperty("commit", "未知") + dirty + "）",
      "Java " + System.getProperty("java.version") + "（" + System.getProperty("java.vm.name") + "）"
    };
  }
}
