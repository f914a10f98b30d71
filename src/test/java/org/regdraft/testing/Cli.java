package org.regdraft.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.regdraft.cli.Main;

/** Runs the CLI in-process, as a user would type it, and captures what it prints. */
public final class Cli {
  private Cli() {}

  public record Result(int exitCode, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
    }
  }

  /** Runs {@code regdraft --repo root args...}. */
  public static Result run(Path root, String... args) {
    List<String> all = new ArrayList<>();
    if (root != null) {
      all.add("--repo");
      all.add(root.toString());
    }
    all.addAll(List.of(args));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
    return new Result(code, out.toString(), err.toString());
  }
}
