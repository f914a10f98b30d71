package org.regdraft.repo;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.errors.UnsupportedCredentialItem;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.NetRC;
import org.eclipse.jgit.transport.URIish;

/**
 * User name and password (or token) for a remote, from the places git users already keep them,
 * first match wins: the environment ({@code REGDRAFT_GIT_USERNAME}, {@code REGDRAFT_GIT_PASSWORD}),
 * git's credential store ({@code ~/.git-credentials}, {@code $XDG_CONFIG_HOME/git/credentials}),
 * then {@code ~/.netrc} ({@code $NETRC} overrides). Never prints or logs what it finds, and never
 * prompts: a command-line tool run by scripts must not hang on a question.
 */
public final class GitCredentials extends CredentialsProvider {
  /** A user name and secret for one remote. */
  record Login(String user, char[] secret) {}

  private final Map<String, String> env;
  private final Path home;

  public GitCredentials(Map<String, String> env, Path home) {
    this.env = env;
    this.home = home;
  }

  public static GitCredentials fromSystem() {
    return new GitCredentials(System.getenv(), Path.of(System.getProperty("user.home")));
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
    Optional<Login> login = lookup(uri);
    if (login.isEmpty()) return false;
    for (CredentialItem i : items) {
      if (i instanceof CredentialItem.Username u) u.setValue(login.get().user());
      else if (i instanceof CredentialItem.Password p) p.setValue(login.get().secret().clone());
      else throw new UnsupportedCredentialItem(uri, i.getClass().getSimpleName());
    }
    return true;
  }

  Optional<Login> lookup(URIish uri) {
    String u = env.get("REGDRAFT_GIT_USERNAME");
    String p = env.get("REGDRAFT_GIT_PASSWORD");
    if (u != null && p != null) return Optional.of(new Login(u, p.toCharArray()));
    for (Path store : stores()) {
      Optional<Login> l = fromStore(store, uri);
      if (l.isPresent()) return l;
    }
    return fromNetrc(uri);
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
        return Optional.of(new Login(decode(entry.getUser()), decode(entry.getPass()).toCharArray()));
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
    return Optional.of(new Login(e.login, e.password.clone()));
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
