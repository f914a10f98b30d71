package org.regdraft.repo;

import java.net.URISyntaxException;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.transport.URIish;
import org.regdraft.RegdraftException;

/** {@code git remote add NAME URL}, with a Chinese message when the name is taken or the URL malformed. */
public final class AddRemote {
  private final RegRepo repo;
  private String name;
  private String url;

  AddRemote(RegRepo repo) {
    this.repo = repo;
  }

  public AddRemote name(String n) {
    name = n;
    return this;
  }

  public AddRemote url(String u) {
    url = u;
    return this;
  }

  public void call() throws RegdraftException {
    if (repo.repository().getRemoteNames().contains(name)) {
      throw new RegdraftException("远程仓库“" + name + "”已存在（地址："
          + GitCredentials.redact(repo.repository().getConfig().getString("remote", name, "url")) + "）");
    }
    if (!org.eclipse.jgit.lib.Repository.isValidRefName("refs/remotes/" + name)) {
      throw new RegdraftException("远程仓库名称“" + name + "”无效（请用字母、数字，如 origin）");
    }
    URIish uri;
    try {
      uri = new URIish(url);
    } catch (URISyntaxException e) {
      throw new RegdraftException("远程仓库地址无效：" + GitCredentials.redact(url));
    }
    try (Git git = Git.wrap(repo.repository())) {
      git.remoteAdd().setName(name).setUri(uri).call();
    } catch (GitAPIException e) {
      throw new RegdraftException("无法添加远程仓库：" + e.getMessage());
    }
  }
}
