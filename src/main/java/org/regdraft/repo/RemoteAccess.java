package org.regdraft.repo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.Collection;
import java.util.Locale;
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import org.eclipse.jgit.api.TransportCommand;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.transport.TransportHttp;
import org.eclipse.jgit.transport.http.HttpConnection;
import org.eclipse.jgit.transport.http.HttpConnectionFactory2;
import org.eclipse.jgit.transport.http.JDKHttpConnectionFactory;
import org.eclipse.jgit.util.FS;
import org.regdraft.RegdraftException;

/**
 * What every command that talks to a server shares: the login ({@link GitCredentials}), the
 * certificate authorities git is told to trust ({@code http.sslCAInfo}, which JGit itself does not
 * read), and one translation of transport failures into messages an office can act on.
 */
final class RemoteAccess {
  private final GitCredentials credentials;
  private final Config config;
  private final String url;
  private final String remote;

  RemoteAccess(GitCredentials credentials, Config config, String url) {
    this(credentials, config, url, null);
  }

  /** {@code remote}: the remote's name ({@code origin}), named in messages beside the URL. */
  RemoteAccess(GitCredentials credentials, Config config, String url, String remote) {
    this.credentials = credentials;
    this.config = config;
    this.url = url == null ? "" : url;
    this.remote = remote;
  }

  GitCredentials credentials() {
    return credentials;
  }

  /** Sets the login and, for https with {@code http.sslCAInfo}, the trusted authorities. */
  <C extends TransportCommand<C, ?>> C apply(C command) throws RegdraftException {
    command.setCredentialsProvider(credentials);
    TrustManager[] trust = trustFor(url);
    if (trust != null) {
      command.setTransportConfigCallback(
          t -> {
            if (t instanceof TransportHttp http) http.setHttpConnectionFactory(new TrustingFactory(trust));
          });
    }
    return command;
  }

  /**
   * {@code http.<url>.sslCAInfo} (the longest matching URL wins) or {@code http.sslCAInfo}, or
   * {@code GIT_SSL_CAINFO}: as with git, these authorities replace the system's for that server.
   */
  TrustManager[] trustFor(String remoteUrl) throws RegdraftException {
    String file = caFile(remoteUrl);
    if (file == null) return null;
    Path path = file.startsWith("~/") ? FS.DETECTED.userHome().toPath().resolve(file.substring(2)) : Path.of(file);
    try (InputStream in = Files.newInputStream(path)) {
      CertificateFactory cf = CertificateFactory.getInstance("X.509");
      Collection<? extends Certificate> certs = cf.generateCertificates(in);
      if (certs.isEmpty()) throw new GeneralSecurityException("no certificate");
      KeyStore ks = KeyStore.getInstance(KeyStore.getDefaultType());
      ks.load(null, null);
      int i = 0;
      for (Certificate c : certs) ks.setCertificateEntry("ca" + i++, c);
      TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(ks);
      return tmf.getTrustManagers();
    } catch (IOException | GeneralSecurityException e) {
      throw new RegdraftException(
          "git 配置 http.sslCAInfo 指定的证书文件“" + path + "”无法读取或不是 PEM 格式的证书："
              + "请向服务器管理员索取正确的 CA 证书文件，再用 git config --global http.sslCAInfo 文件路径 重新设置",
          RegdraftException.USAGE);
    }
  }

  /** The CA file git is told to trust for {@code remoteUrl}, or null. */
  String caFile(String remoteUrl) {
    if (!remoteUrl.regionMatches(true, 0, "https://", 0, 8)) return null;
    String file = System.getenv("GIT_SSL_CAINFO");
    String best = null;
    for (String sub : config.getSubsections("http")) {
      if (remoteUrl.startsWith(sub) && config.getString("http", sub, "sslCAInfo") != null
          && (best == null || sub.length() > best.length())) {
        best = sub;
      }
    }
    if (best != null) file = config.getString("http", best, "sslCAInfo");
    else if (config.getString("http", null, "sslCAInfo") != null) file = config.getString("http", null, "sslCAInfo");
    return file == null || file.isBlank() ? null : file;
  }

  String url() {
    return url;
  }

  /** JGit's JDK connections, with our trust managers on every https connection it verifies. */
  private static final class TrustingFactory extends JDKHttpConnectionFactory {
    private final TrustManager[] trust;

    TrustingFactory(TrustManager[] trust) {
      this.trust = trust;
    }

    @Override
    public HttpConnectionFactory2.GitSession newSession() {
      HttpConnectionFactory2.GitSession inner = super.newSession();
      return new HttpConnectionFactory2.GitSession() {
        @Override
        public HttpConnection configure(HttpConnection c, boolean sslVerify) throws IOException, GeneralSecurityException {
          if (!sslVerify) return inner.configure(c, false);
          c.configure(null, trust, null);
          return c;
        }

        @Override
        public void close() {
          inner.close();
        }
      };
    }
  }

  /**
   * A failed fetch, push or clone as a message: login refused, no rights, certificate not
   * trusted, server unreachable. {@code what} is the operation in Chinese (获取、推送、克隆);
   * {@code after} says what happened to the local versions.
   */
  RegdraftException failure(Exception e, String what, String after) {
    String where = "“" + GitCredentials.redact(url) + "”";
    String msg = chain(e);
    String lower = msg.toLowerCase(Locale.ROOT);
    String who = credentials.user().map(u -> "账号“" + u + "”").orElse("当前账号");
    if (credentials.refused() || (lower.contains("not authorized") && !credentials.noneFound())) {
      return new RegdraftException(
          "身份验证失败：服务器" + where + "不接受" + who + "的密码。" + after
              + "\n请确认用户名和密码（或令牌）无误：如用 git 的凭据管理器保存了旧密码，它已被清除，再次运行时会重新询问；"
              + "脚本中请设置环境变量 REGDRAFT_USERNAME 和 REGDRAFT_PASSWORD。",
          RegdraftException.USAGE, e);
    }
    if (lower.contains("not authorized") || lower.contains("authentication is required")) {
      return new RegdraftException(
          "服务器" + where + "要求登录，但没有找到账号和密码。" + after
              + "\n请在终端中运行（会询问密码），或用 git 的凭据管理器保存密码（git config --global credential.helper），"
              + "脚本中请设置环境变量 REGDRAFT_USERNAME 和 REGDRAFT_PASSWORD。",
          RegdraftException.USAGE, e);
    }
    if (lower.contains("not permitted") || lower.contains("403") || lower.contains("forbidden")) {
      return new RegdraftException(
          "服务器" + where + "拒绝了" + what + "：" + who + "没有" + ("推送".equals(what) ? "写入（推送）" : "读取") + "这个仓库的权限。"
              + after + "\n请联系 Git 服务器的管理员（负责本单位法规仓库的同事）为该账号开通权限，开通后再运行 regdraft sync。",
          RegdraftException.USAGE, e);
    }
    if (hasCause(e, SSLException.class) || lower.contains("ssl") || lower.contains("certificat") || lower.contains("pkix")) {
      return new RegdraftException(
          "无法与服务器" + where + "建立安全连接：服务器的证书不受本机信任（不是由本机信任的机构签发，或已过期，或与地址不符）。"
              + after + "\n如果本单位的服务器使用自己签发的证书，请向管理员索取 CA 证书文件（.pem），然后运行"
              + "\n  git config --global http.sslCAInfo 证书文件路径\n再重试；不要关闭证书验证。",
          RegdraftException.USAGE, e);
    }
    if (lower.contains("not found") && !lower.contains("host")) {
      return new RegdraftException(
          "服务器" + where + "上没有这个仓库（地址可能写错了）：" + safe(firstLine(msg)) + "。" + after, RegdraftException.USAGE, e);
    }
    String server = remote == null ? "服务器" + where : "远程仓库“" + remote + "”（" + GitCredentials.redact(url) + "）";
    return new RegdraftException(
        "无法连接" + server + "：" + safe(firstLine(msg)) + "。请检查网络和地址；" + after, RegdraftException.USAGE, e);
  }

  private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) return true;
    }
    return false;
  }

  private static String chain(Throwable e) {
    StringBuilder sb = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null) sb.append(t.getMessage()).append(" | ");
    }
    return sb.toString();
  }

  private static String firstLine(String s) {
    int bar = s.indexOf(" | ");
    return bar < 0 ? s : s.substring(0, bar);
  }

  /** Messages from transports may echo the URL; never let a password through. */
  static String safe(String msg) {
    if (msg == null) return "";
    return msg.replaceAll("://([^:/@\\s]+):[^@\\s]*@", "://$1@");
  }
}
