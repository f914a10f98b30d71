package org.regdraft.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.regdraft.render.Json;

/**
 * Returned copies made by LibreOffice itself: runs {@code src/test/python/uno_review.py} (headless
 * soffice through UNO, with the system Python that has python3-uno) on a list of jobs, each an input
 * copy, an output and the edits a reviewer makes. One LibreOffice start serves all jobs; the script
 * kills it at the end, and this helper kills the script if it outlives the timeout.
 *
 * <pre>{@code
 * UnoCopies.run(List.of(new UnoCopies.Job(sent, zhang, List.of(
 *     Edit.author("张三"), Edit.track(true), Edit.replace("大声喧哗", "高声喧哗"),
 *     Edit.comment("粗言秽语", "建议删去", "张三")))));
 * }</pre>
 */
public final class UnoCopies {
  static final Path SCRIPT = Path.of("src/test/python/uno_review.py");
  static final String PYTHON = "/usr/bin/python3";
  static final Duration TIMEOUT = Duration.ofSeconds(240);

  private UnoCopies() {}

  /** One edit step of the script (see the script's docstring for the operations). */
  public record Edit(Map<String, Object> step) {
    /** Tracked changes and comments from now on are by this user (LibreOffice's user name). */
    public static Edit author(String name) {
      return of("op", "author", "name", name);
    }

    /** Record changes on (tracked) or off (edits made straight into the text). */
    public static Edit track(boolean on) {
      return of("op", "track", "on", on);
    }

    public static Edit replace(String find, String with) {
      return of("op", "replace", "find", find, "with", with);
    }

    /** Replaces the n-th occurrence (1-based). */
    public static Edit replace(String find, String with, int occurrence) {
      return of("op", "replace", "find", find, "with", with, "occurrence", occurrence);
    }

    public static Edit insertAfter(String anchor, String text) {
      return of("op", "insert", "after", anchor, "text", text);
    }

    public static Edit insertBefore(String anchor, String text) {
      return of("op", "insert", "before", anchor, "text", text);
    }

    public static Edit delete(String find) {
      return of("op", "delete", "find", find);
    }

    /** A comment anchored to the found words. */
    public static Edit comment(String find, String text, String author) {
      return of("op", "comment", "find", find, "text", text, "author", author);
    }

    /** No edit: the copy is only opened and saved again by LibreOffice. */
    public static Edit reflow() {
      return of("op", "reflow");
    }

    private static Edit of(Object... kv) {
      Map<String, Object> m = new LinkedHashMap<>();
      for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
      return new Edit(m);
    }
  }

  /** Opens {@code input}, applies the edits in order, saves {@code output} as .docx. */
  public record Job(Path input, Path output, List<Edit> edits) {}

  /** Whether LibreOffice and python3-uno are installed (the integration run installs both). */
  public static boolean available() {
    try {
      Process p = new ProcessBuilder(PYTHON, "-c", "import uno").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 && new ProcessBuilder("soffice", "--version").start().waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Runs the jobs; fails with the script's message when an edit or LibreOffice fails. */
  public static void run(List<Job> jobs) throws IOException, InterruptedException {
    List<Object> list = new ArrayList<>();
    for (Job j : jobs) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("input", j.input().toAbsolutePath().toString());
      m.put("output", j.output().toAbsolutePath().toString());
      List<Object> steps = new ArrayList<>();
      for (Edit e : j.edits()) steps.add(e.step());
      m.put("steps", steps);
      list.add(m);
    }
    Path script = Files.createTempFile("uno-jobs", ".json");
    try {
      Files.writeString(script, Json.write(list), StandardCharsets.UTF_8);
      ProcessBuilder pb = new ProcessBuilder(PYTHON, SCRIPT.toAbsolutePath().toString(), script.toString(), "--timeout",
          String.valueOf(TIMEOUT.toSeconds() - 10)).redirectErrorStream(true);
      Process p = pb.start();
      // read while it runs, so a full pipe never blocks it
      byte[][] out = new byte[1][];
      Thread reader = new Thread(() -> {
        try {
          out[0] = p.getInputStream().readAllBytes();
        } catch (IOException e) {
          out[0] = new byte[0];
        }
      });
      reader.start();
      if (!p.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        throw new IllegalStateException("uno_review.py 超时（" + TIMEOUT.toSeconds() + " 秒）");
      }
      reader.join();
      if (p.exitValue() != 0) {
        throw new IllegalStateException("uno_review.py 退出码 " + p.exitValue() + "：" + new String(out[0], StandardCharsets.UTF_8));
      }
    } finally {
      Files.deleteIfExists(script);
    }
  }
}
