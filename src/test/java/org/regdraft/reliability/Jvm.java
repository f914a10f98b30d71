package org.regdraft.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs regdraft as a separate JVM from the built classes (this test run's class path). */
final class Jvm {
  private Jvm() {}

  record Result(int exit, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exit + "\n--- out\n" + out + "--- err\n" + err;
    }
  }

  static List<String> command(Path repo, String... args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-XX:TieredStopAtLevel=1");
    cmd.add("-XX:+UseSerialGC");
    cmd.add("-Dfile.encoding=UTF-8");
    cmd.add("-Dstdout.encoding=UTF-8");
    cmd.add("-Dstderr.encoding=UTF-8");
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add("org.regdraft.cli.Main");
    if (repo != null) {
      cmd.add("--repo");
      cmd.add(repo.toString());
    }
    cmd.addAll(List.of(args));
    return cmd;
  }

  static Process start(Path repo, String... args) throws IOException {
    ProcessBuilder pb = new ProcessBuilder(command(repo, args));
    pb.environment().put("LC_ALL", "C.UTF-8");
    pb.environment().put("GIT_CONFIG_NOSYSTEM", "1");
    Process p = pb.start();
    p.getOutputStream().close();
    return p;
  }

  static Result run(Path repo, String... args) throws Exception {
    Process p = start(repo, args);
    CompletableFuture<String> out = read(p.getInputStream());
    CompletableFuture<String> err = read(p.getErrorStream());
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("regdraft did not finish in 120 s: " + List.of(args));
    }
    return new Result(p.exitValue(), out.get(), err.get());
  }

  static CompletableFuture<String> read(java.io.InputStream in) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
          } catch (IOException e) {
            return "";
          }
        });
  }
}
