package org.regdraft.repo;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.List;

/** A real {@code git daemon} serving a folder of bare repositories on 127.0.0.1 and a free port. */
final class GitDaemon implements AutoCloseable {
  private final Process process;
  final int port;

  private GitDaemon(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  static GitDaemon start(Path base) throws Exception {
    int port = freePort();
    ProcessBuilder pb =
        new ProcessBuilder(
                List.of("git", "daemon", "--reuseaddr", "--export-all", "--enable=receive-pack", "--base-path=" + base,
                    "--listen=127.0.0.1", "--port=" + port, base.toString()))
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    Process p;
    try {
      p = pb.start();
    } catch (IOException e) {
      throw new AssertionError("git daemon cannot start (install git): " + e.getMessage(), e);
    }
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (System.nanoTime() < deadline) {
      if (!p.isAlive()) throw new AssertionError("git daemon exited with " + p.exitValue());
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", port), 200);
        return new GitDaemon(p, port);
      } catch (IOException notYet) {
        Thread.sleep(50);
      }
    }
    p.destroyForcibly();
    throw new AssertionError("git daemon did not listen on port " + port);
  }

  String url(String repo) {
    return "git://127.0.0.1:" + port + "/" + repo;
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
      return s.getLocalPort();
    }
  }

  @Override
  public void close() throws Exception {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    process.waitFor();
  }
}
