package org.regdraft.repo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.URIish;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitCredentialsTest {
  @TempDir Path home;

  private String[] login(GitCredentials c, String url) throws Exception {
    var u = new CredentialItem.Username();
    var p = new CredentialItem.Password();
    if (!c.get(new URIish(url), u, p)) return null;
    return new String[] {u.getValue(), new String(p.getValue())};
  }

  @Test
  void readsGitsCredentialStoreMatchingSchemeAndHost() throws Exception {
    Files.writeString(home.resolve(".git-credentials"),
        "https://other:x@example.org\nhttps://zhang%40fgc:p%40ss@git.example.cn\n");
    GitCredentials c = new GitCredentials(Map.of(), home);
    assertThat(login(c, "https://git.example.cn/fgc/regulations.git")).containsExactly("zhang@fgc", "p@ss");
    assertThat(login(c, "http://git.example.cn/fgc/regulations.git")).isNull();
    assertThat(login(c, "https://unknown.example.cn/x.git")).isNull();
  }

  @Test
  void environmentComesFirstThenNetrc() throws Exception {
    Files.writeString(home.resolve(".netrc"), "machine git.example.cn login li password secret\n");
    assertThat(login(new GitCredentials(Map.of(), home), "https://git.example.cn/a.git")).containsExactly("li", "secret");
    var env = Map.of("REGDRAFT_GIT_USERNAME", "ci", "REGDRAFT_GIT_PASSWORD", "token");
    assertThat(login(new GitCredentials(env, home), "https://git.example.cn/a.git")).containsExactly("ci", "token");
  }

  @Test
  void urlsArePrintedWithoutPasswords() {
    assertThat(GitCredentials.redact("https://zhang:secret@git.example.cn/a.git"))
        .doesNotContain("secret").contains("zhang@git.example.cn");
    assertThat(GitCredentials.redact("git://127.0.0.1:9418/a.git")).isEqualTo("git://127.0.0.1:9418/a.git");
  }
}
