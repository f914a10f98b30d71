package org.regdraft.repo;

import java.io.Console;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.eclipse.jgit.errors.UnsupportedCredentialItem;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.NetRC;
import org.eclipse.jgit.transport.URIish;

/**
 * User name and password (or token) for a remote, from the places git users already keep them,
 * first match wins:
 *
 * <ol>
 *   <li>the environment, for scripts: {@code REGDRAFT_USERNAME} and {@code REGDRAFT_PASSWORD}
 *       (the older {@code REGDRAFT_GIT_USERNAME}/{@code REGDRAFT_GIT_PASSWORD} too);
 *   <li>the user's git credential helper ({@code git credential fill}: the Windows and macOS
 *       keychains, libsecret, {@code store}, {@code cache});
 *   <li>git's store files ({@code ~/.git-credentials}, {@code $XDG_CONFIG_HOME/git/credentials})
 *       and {@code ~/.netrc}, read directly when no helper answered;
 *   <li>a prompt on the console, the password hidden — only when there is a console.
 * </ol>
 *
 * <p>Never prints or logs what it finds and writes nothing to {@code .git/config}. After the
 * server accepted a login that came from the helper or the prompt, {@link #approve()} hands it to
 * {@code git credential approve} (the helper may keep it); a login the server refused is passed to
 * {@code git credential reject}, so a stale keychain entry does not fail again and again.
 */
public final class GitCredentials extends CredentialsProvider {
  /** A user name and secret for one remote, and where they came from. */
  record Login(String user, char[] secret, String source) {
    Login(String user, char[] secret) {
      this(user, secret, "");
    }
  }

  private final Map<String, String> env;
  private final Path home;
  private final Console console;
  private Login given;
  private URIish givenFor;
  private boolean refused;
  private int asked;

  public GitCredentials(Map<String, String> env, Path home) {
    this(env, home, null);
  }

  public GitCredentials(Map<String, String> env, Path home, Console console) {
    this.env = env;
    this.home = home;
    this.console = console;
  }

  public static GitCredentials fromSystem() {
    return new GitCredentials(System.getenv(), Path.of(System.getProperty("user.home")), System.console());
  }

  @Override
  public boolean isInteractive() {
    return false;
  }

  @Override
  public boolean supports(CredentialItem... items) {
    for (CredentialItem i : items) {
      if (!(i instanceof CredentialItem.Username) && !(i instanceof CredentialItem.Password)) return false;
    }
    return true;
  }

  @Override
  public boolean get(URIish uri, CredentialItem... items) throws UnsupportedCredentialItem {
    // JGit asks again after the server refused a login (having called reset): one try only, so a
    // wrong password ends as "not authorized" instead of being sent three times
    if (refused || asked > 0 && given == null) return false;
    asked++;
    if (given == null || !sameServer(givenFor, uri)) {
      Optional<Login> login = lookup(uri);
      if (login.isEmpty()) return false;
      given = login.get();
      givenFor = uri;
    }
    for (CredentialItem i : items) {
      if (i instanceof CredentialItem.Username u) u.setValue(given.user());
      else if (i instanceof CredentialItem.Password p) p.setValue(given.secret().clone());
      else throw new UnsupportedCredentialItem(uri, i.getClass().getSimpleName());
    }
    return true;
  }

  /** JGit calls this when the server refused the login it was given. */
  @Override
  public void reset(URIish uri) {
    if (given != null && !refused) {
      refused = true;
      if (given.source().equals("helper") || given.source().equals("prompt")) helper("reject", givenFor, given);
    }
  }

  /** The server refused the login this provider gave. */
  public boolean refused() {
    return refused;
  }

  /** A login was asked for (the server wants one) but none was found. */
  public boolean noneFound() {
    return asked > 0 && given == null;
  }

  /** The user name given to the server, to name it in messages (never the password). */
  public Optional<String> user() {
    return given == null ? Optional.empty() : Optional.of(given.user());
  }

  /** The login given to the server, if one was asked for. */
  Optional<Login> given() {
    return Optional.ofNullable(given);
  }

  /** The server accepted the login: let the user's credential helper keep it. */
  public void approve() {
    if (given != null && !refused && (given.source().equals("helper") || given.source().equals("prompt"))) {
      helper("approve", givenFor, given);
    }
  }

  Optional<Login> lookup(URIish uri) {
    for (String[] names : new String[][] {{"REGDRAFT_USERNAME", "REGDRAFT_PASSWORD"}, {"REGDRAFT_GIT_USERNAME", "REGDRAFT_GIT_PASSWORD"}}) {
      String u = env.get(names[0]);
      String p = env.get(names[1]);
      if (u != null && p != null) return Optional.of(new Login(u, p.toCharArray(), "env"));
    }
    Optional<Login> h = fill(uri);
    if (h.isPresent()) return h;
    for (Path store : stores()) {
      Optional<Login> l = fromStore(store, uri);
      if (l.isPresent()) return l;
    }
    Optional<Login> n = fromNetrc(uri);
    if (n.isPresent()) return n;
    return prompt(uri);
  }

  /** {@code git credential fill}, git's own prompt turned off (we prompt ourselves, hidden). */
  private Optional<Login> fill(URIish uri) {
    Map<String, String> out = helper("fill", uri, null);
    String u = out.get("username");
    String p = out.get("password");
    if (u == null || p == null) return Optional.empty();
    return Optional.of(new Login(u, p.toCharArray(), "helper"));
  }

  /** Runs {@code git credential ACTION}; an absent git or a failing helper answers nothing. */
  private Map<String, String> helper(String action, URIish uri, Login login) {
    Map<String, String> answer = new LinkedHashMap<>();
    if (uri == null || uri.getScheme() == null || uri.getHost() == null) return answer;
    StringBuilder in = new StringBuilder();
    in.append("protocol=").append(uri.getScheme()).append('\n');
    in.append("host=").append(uri.getHost()).append(uri.getPort() > 0 ? ":" + uri.getPort() : "").append('\n');
    String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
    if (!path.isEmpty()) in.append("path=").append(path).append('\n');
    String user = login != null ? login.user() : uri.getUser();
    if (user != null) in.append("username=").append(user).append('\n');
    if (login != null) in.append("password=").append(login.secret()).append('\n');
    in.append('\n');
    try {
      ProcessBuilder pb = new ProcessBuilder("git", "credential", action).redirectError(ProcessBuilder.Redirect.DISCARD);
      pb.environment().clear();
      pb.environment().putAll(env);
      pb.environment().put("GIT_TERMINAL_PROMPT", "0");
      if (!env.containsKey("HOME")) pb.environment().put("HOME", home.toString());
      Process p = pb.start();
      try (var w = p.getOutputStream()) {
        w.write(in.toString().getBytes(StandardCharsets.UTF_8));
      } catch (IOException closedEarly) {
        // the helper may exit without reading: it answers nothing
      }
      byte[] bytes = p.getInputStream().readAllBytes();
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return answer;
      }
      if (p.exitValue() != 0) return answer;
      for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
        int eq = line.indexOf('=');
        if (eq > 0) answer.put(line.substring(0, eq), line.substring(eq + 1));
      }
    } catch (IOException e) {
      // git is not installed: the other sources still work
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return answer;
  }

  private Optional<Login> prompt(URIish uri) {
    if (console == null || "0".equals(env.get("GIT_TERMINAL_PROMPT"))) return Optional.empty();
    String where = uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
    String user = uri.getUser();
    if (user == null || user.isEmpty()) user = console.readLine("登录 %s 的用户名：", where);
    if (user == null || user.isBlank()) return Optional.empty();
    char[] secret = console.readPassword("%s 在 %s 的密码（输入时不显示）：", user.strip(), where);
    if (secret == null) return Optional.empty();
    return Optional.of(new Login(user.strip(), secret, "prompt"));
  }

  private List<Path> stores() {
    List<Path> out = new ArrayList<>();
    out.add(home.resolve(".git-credentials"));
    String xdg = env.get("XDG_CONFIG_HOME");
    out.add(xdg != null && !xdg.isEmpty() ? Path.of(xdg, "git", "credentials") : home.resolve(".config/git/credentials"));
    return out;
  }

  /** A line of git's store file: {@code https://user:pass@host[:port][/path]}, percent-encoded. */
  static Optional<Login> fromStore(Path store, URIish uri) {
    if (!Files.isRegularFile(store)) return Optional.empty();
    List<String> lines;
    try {
      lines = Files.readAllLines(store, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return Optional.empty();
    }
    for (String line : lines) {
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#")) continue;
      try {
        URIish entry = new URIish(l);
        if (entry.getUser() == null || entry.getPass() == null) continue;
        if (!same(entry.getScheme(), uri.getScheme()) || !same(entry.getHost(), uri.getHost())) continue;
        if (entry.getPort() > 0 && entry.getPort() != uri.getPort()) continue;
        String path = entry.getPath();
        if (path != null && !path.isEmpty() && !path.equals("/") && !strip(uri.getPath()).startsWith(strip(path))) continue;
        return Optional.of(new Login(decode(entry.getUser()), decode(entry.getPass()).toCharArray(), "store"));
      } catch (java.net.URISyntaxException | IllegalArgumentException e) {
        // a malformed line is skipped, as git does
      }
    }
    return Optional.empty();
  }

  private Optional<Login> fromNetrc(URIish uri) {
    String explicit = env.get("NETRC");
    Path file = explicit != null ? Path.of(explicit) : home.resolve(".netrc");
    if (!Files.isRegularFile(file)) file = home.resolve("_netrc");
    if (!Files.isRegularFile(file) || uri.getHost() == null) return Optional.empty();
    NetRC.NetRCEntry e = new NetRC(file.toFile()).getEntry(uri.getHost());
    if (e == null || e.login == null || e.password == null) return Optional.empty();
    return Optional.of(new Login(e.login, e.password.clone(), "netrc"));
  }

  private static boolean sameServer(URIish a, URIish b) {
    return a != null && b != null && same(a.getScheme(), b.getScheme()) && same(a.getHost(), b.getHost()) && a.getPort() == b.getPort();
  }

  private static boolean same(String a, String b) {
    return a != null && b != null && a.equalsIgnoreCase(b);
  }

  private static String strip(String p) {
    if (p == null) return "";
    String s = p.startsWith("/") ? p.substring(1) : p;
    return s.endsWith(".git") ? s.substring(0, s.length() - 4) : s;
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  /** A URL fit to print: the user name kept, any password removed. */
  public static String redact(String url) {
    try {
      URIish u = new URIish(url);
      return u.getPass() == null ? url : u.setPass(null).toString();
    } catch (java.net.URISyntaxException e) {
      return url.replaceAll("://([^:/@]+):[^@]*@", "://$1@");
    }
  }
}
