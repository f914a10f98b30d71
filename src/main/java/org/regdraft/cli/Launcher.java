package org.regdraft.cli;

/**
 * The command as the user typed it, for hints that can be copied: {@code ./regdraft} in a source
 * checkout, {@code regdraft} once installed on the PATH. The launcher scripts pass it in the
 * environment variable {@code REGDRAFT_PROG} (or the system property {@code regdraft.prog}).
 */
final class Launcher {
  private Launcher() {}

  static String name() {
    String p = System.getProperty("regdraft.prog");
    if (p == null || p.isBlank()) p = System.getenv("REGDRAFT_PROG");
    if (p == null || p.isBlank()) return "regdraft";
    return p.contains(" ") ? "\"" + p + "\"" : p;
  }
}
