package org.regdraft.repo;

import static org.regdraft.repo.GitFixture.exec;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * A real authenticated Git server on loopback, as an office runs one: nginx in front of git's
 * {@code git-http-backend} (through fcgiwrap), HTTP basic authentication, over HTTP and HTTPS.
 * Three accounts: {@link #WRITER} and {@link #WRITER2} may push, {@link #READER} may only fetch (nginx answers 403 to
 * its pushes). The HTTPS certificate is signed by a CA made here with openssl ({@link #ca}).
 * Both servers run in the foreground as children of the test, with their own configuration,
 * sockets and logs in a temporary folder, and are stopped by {@link #close}.
 */
final class GitHttpServer implements AutoCloseable {
  static final String WRITER = "zhangsan";
  static final String WRITER_PASSWORD = "zs-Secret-2027!";
  static final String WRITER2 = "wangwu";
  static final String WRITER2_PASSWORD = "ww-Secret-2027";
  static final String READER = "lisi";
  static final String READER_PASSWORD = "ls-ReadOnly-2027";

  final Path dir;
  final Path repos;
  final Path ca;
  final int httpPort;
  final int httpsPort;
  private final List<Process> processes = new ArrayList<>();

  private GitHttpServer(Path dir, int httpPort, int httpsPort) {
    this.dir = dir;
    this.repos = dir.resolve("repos");
    this.ca = dir.resolve("tls/ca.pem");
    this.httpPort = httpPort;
    this.httpsPort = httpsPort;
  }

  /** Starts nginx and fcgiwrap serving the bare repositories under {@code dir/repos}. */
  static GitHttpServer start(Path dir) throws Exception {
    GitHttpServer s = new GitHttpServer(dir, GitDaemon.freePort(), GitDaemon.freePort());
    try {
      s.prepare();
      s.launch();
    } catch (Exception | AssertionError e) {
      s.close();
      throw e;
    }
    return s;
  }

  /** A bare repository on the server, its HEAD naming {@code defaultBranch} (still unborn). */
  void createRepository(String name, String defaultBranch) {
    GitFixture.git(repos, "init", "-q", "--bare", "-b", defaultBranch, name);
    GitFixture.git(repos.resolve(name), "config", "http.receivepack", "true");
  }

  String http(String repo) {
    return "http://127.0.0.1:" + httpPort + "/" + repo;
  }

  String https(String repo) {
    return "https://127.0.0.1:" + httpsPort + "/" + repo;
  }

  private void prepare() throws IOException {
    Files.createDirectories(repos);
    Path tls = Files.createDirectories(dir.resolve("tls"));
    Path logs = Files.createDirectories(dir.resolve("logs"));
    for (String t : List.of("body", "fastcgi", "proxy", "uwsgi", "scgi")) Files.createDirectories(dir.resolve("temp/" + t));
    // the workers (and, as root, the user they run as) must reach the configuration and socket
    for (Path p : List.of(dir, tls, logs)) Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    run(List.of("htpasswd", "-b", "-c", "-m", dir.resolve("users.htpasswd").toString(), WRITER, WRITER_PASSWORD));
    run(List.of("htpasswd", "-b", "-m", dir.resolve("users.htpasswd").toString(), WRITER2, WRITER2_PASSWORD));
    run(List.of("htpasswd", "-b", "-m", dir.resolve("users.htpasswd").toString(), READER, READER_PASSWORD));
    // a test CA, and the server's certificate for 127.0.0.1 signed by it
    run(List.of("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=regdraft test CA",
        "-keyout", tls.resolve("ca.key").toString(), "-out", ca.toString()));
    run(List.of("openssl", "req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=127.0.0.1",
        "-keyout", tls.resolve("server.key").toString(), "-out", tls.resolve("server.csr").toString()));
    Files.writeString(tls.resolve("san.ext"), "subjectAltName=IP:127.0.0.1,DNS:localhost\n");
    run(List.of("openssl", "x509", "-req", "-in", tls.resolve("server.csr").toString(), "-CA", ca.toString(),
        "-CAkey", tls.resolve("ca.key").toString(), "-CAcreateserial", "-days", "2",
        "-extfile", tls.resolve("san.ext").toString(), "-out", tls.resolve("server.pem").toString()));
    Files.writeString(dir.resolve("nginx.conf"), config(), StandardCharsets.UTF_8);
  }

  private String config() {
    String d = dir.toString();
    boolean root = "root".equals(System.getProperty("user.name"));
    return (root ? "user root;\n" : "")
        + "worker_processes 1;\n"
        + "error_log " + d + "/logs/error.log warn;\n"
        + "pid " + d + "/nginx.pid;\n"
        + "events { worker_connections 64; }\n"
        + "http {\n"
        + "  access_log " + d + "/logs/access.log;\n"
        + "  client_body_temp_path " + d + "/temp/body;\n"
        + "  fastcgi_temp_path " + d + "/temp/fastcgi;\n"
        + "  proxy_temp_path " + d + "/temp/proxy;\n"
        + "  uwsgi_temp_path " + d + "/temp/uwsgi;\n"
        + "  scgi_temp_path " + d + "/temp/scgi;\n"
        + "  client_max_body_size 0;\n"
        // a push is info/refs?service=git-receive-pack, then POST .../git-receive-pack
        + "  map \"$arg_service:$uri\" $push { default 0; \"~^git-receive-pack:\" 1; \"~/git-receive-pack$\" 1; }\n"
        // an authenticated user other than the writer may not push; without a login, ask for one (401)
        + "  map \"$push:$remote_user\" $deny { default 0; \"1:" + WRITER + "\" 0; \"1:" + WRITER2 + "\" 0; \"~^1:.+\" 1; }\n"
        + "  server {\n"
        + "    listen 127.0.0.1:" + httpPort + ";\n"
        + "    listen 127.0.0.1:" + httpsPort + " ssl;\n"
        + "    ssl_certificate " + d + "/tls/server.pem;\n"
        + "    ssl_certificate_key " + d + "/tls/server.key;\n"
        + "    auth_basic \"regdraft test\";\n"
        + "    auth_basic_user_file " + d + "/users.htpasswd;\n"
        + "    location / {\n"
        + "      if ($deny) { return 403; }\n"
        + "      include /etc/nginx/fastcgi_params;\n"
        + "      fastcgi_param SCRIPT_FILENAME /usr/lib/git-core/git-http-backend;\n"
        + "      fastcgi_param GIT_PROJECT_ROOT " + repos + ";\n"
        + "      fastcgi_param GIT_HTTP_EXPORT_ALL \"\";\n"
        + "      fastcgi_param PATH_INFO $uri;\n"
        + "      fastcgi_param REMOTE_USER $remote_user;\n"
        + "      fastcgi_param GIT_CONFIG_NOSYSTEM 1;\n"
        + "      fastcgi_pass unix:" + d + "/fcgiwrap.sock;\n"
        + "    }\n"
        + "  }\n"
        + "}\n";
  }

  private void launch() throws Exception {
    Path sock = dir.resolve("fcgiwrap.sock");
    processes.add(new ProcessBuilder("fcgiwrap", "-c", "2", "-s", "unix:" + sock)
        .redirectErrorStream(true).redirectOutput(dir.resolve("logs/fcgiwrap.log").toFile()).start());
    waitFor(() -> Files.exists(sock), "fcgiwrap did not create " + sock);
    processes.add(new ProcessBuilder("nginx", "-p", dir.toString(), "-c", dir.resolve("nginx.conf").toString(),
            "-g", "daemon off; master_process on;")
        .redirectErrorStream(true).redirectOutput(dir.resolve("logs/nginx.out").toFile()).start());
    waitFor(() -> listening(httpPort) && listening(httpsPort), "nginx did not listen");
  }

  private interface Check {
    boolean ok() throws Exception;
  }

  private void waitFor(Check c, String failure) throws Exception {
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (System.nanoTime() < deadline) {
      for (Process p : processes) {
        if (!p.isAlive()) throw new AssertionError(failure + " (exited " + p.exitValue() + "): " + logs());
      }
      if (c.ok()) return;
      Thread.sleep(50);
    }
    throw new AssertionError(failure + ": " + logs());
  }

  private static boolean listening(int port) {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", port), 200);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** nginx's and fcgiwrap's logs, for a failing test's message. */
  String logs() {
    StringBuilder sb = new StringBuilder();
    for (String f : List.of("logs/nginx.out", "logs/error.log", "logs/fcgiwrap.log", "logs/access.log")) {
      try {
        sb.append("\n--- ").append(f).append('\n').append(Files.readString(dir.resolve(f)));
      } catch (IOException e) {
        // not written yet
      }
    }
    return sb.toString();
  }

  private void run(List<String> cmd) {
    GitFixture.Run r = exec(dir, cmd, 60);
    if (r.exit() != 0) throw new AssertionError(String.join(" ", cmd) + " failed: " + r.all());
  }

  @Override
  public void close() throws Exception {
    for (int i = processes.size() - 1; i >= 0; i--) {
      Process p = processes.get(i);
      // fcgiwrap's and nginx's workers: remembered first, so none outlives its parent
      List<ProcessHandle> children = p.descendants().toList();
      children.forEach(ProcessHandle::destroy);
      p.destroy();
      if (!p.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) p.destroyForcibly().waitFor();
      for (ProcessHandle c : children) {
        try {
          c.onExit().get(5, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
          c.destroyForcibly();
        }
      }
    }
  }
}
