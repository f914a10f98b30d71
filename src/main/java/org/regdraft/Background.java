package org.regdraft;

/**
 * Work a command will need soon, started early on a second core: on a cold JVM, getting the
 * Markdown reader (flexmark, SnakeYAML) or the Word writer ready is a large part of a command's
 * time, and the second core is otherwise idle while picocli inspects the command or Git is read.
 * Each task only loads and exercises code on built-in text; nothing it computes reaches any
 * output, and its failures are left to the real work, which reports them. On one core it does
 * nothing (it would only take time from the main thread). {@code -Dregdraft.background=off} turns
 * it off, to measure what it gains (docs/benchmarks.md).
 */
public final class Background {
  private static final boolean ENABLED =
      Runtime.getRuntime().availableProcessors() >= 2 && !"off".equals(System.getProperty("regdraft.background"));
  private static final java.util.Set<String> STARTED = java.util.concurrent.ConcurrentHashMap.newKeySet();

  private Background() {}

  /**
   * Starts {@code task} on a daemon thread named {@code regdraft-NAME}, once per JVM and name
   * (the code it gets ready stays ready); returns at once.
   */
  public static void start(String name, Runnable task) {
    if (!ENABLED || !STARTED.add(name)) return;
    Thread t = new Thread("regdraft-" + name) { // a lambda here would set up java.lang.invoke first
      @Override
      public void run() {
        try {
          task.run();
        } catch (RuntimeException | LinkageError e) {
          // the real work meets the same problem and reports it
        }
      }
    };
    t.setDaemon(true);
    t.start();
  }
}
