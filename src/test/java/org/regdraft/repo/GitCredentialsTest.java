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

  @Test
  void theScriptVariablesComeFirst() throws Exception {
    var env = Map.of("REGDRAFT_USERNAME", "zhang", "REGDRAFT_PASSWORD", "pw", "REGDRAFT_GIT_USERNAME", "old", "REGDRAFT_GIT_PASSWORD", "x");
    assertThat(login(new GitCredentials(env, home), "https://git.example.cn/a.git")).containsExactly("zhang", "pw");
  }

  /** git's credential helper answers; a login the server refused is rejected, so the helper forgets it. */
  @Test
  void asksGitsCredentialHelperAndRejectsARefusedLogin() throws Exception {
    Path store = home.resolve("helper-store");
    Files.writeString(store, "https://wang:from-helper@git.example.cn\n");
    Files.writeString(home.resolve("gitconfig"), "[credential]\n\thelper = store --file=" + store + "\n");
    var env = Map.of("HOME", home.toString(), "GIT_CONFIG_GLOBAL", home.resolve("gitconfig").toString(), "GIT_CONFIG_NOSYSTEM", "1");
    GitCredentials c = new GitCredentials(env, home);
    assertThat(login(c, "https://git.example.cn/fgc/regulations.git")).containsExactly("wang", "from-helper");
    assertThat(c.refused()).isFalse();
    c.reset(new URIish("https://git.example.cn/fgc/regulations.git"));
    assertThat(c.refused()).isTrue();
    assertThat(login(c, "https://git.example.cn/fgc/regulations.git")).as("asked once only").isNull();
    assertThat(Files.readString(store)).doesNotContain("from-helper");
  }

  @Test
  void withoutAnySourceAndNoConsoleNothingIsFound() throws Exception {
    GitCredentials c = new GitCredentials(Map.of("HOME", home.toString(), "GIT_CONFIG_NOSYSTEM", "1"), home);
    assertThat(login(c, "https://git.example.cn/a.git")).isNull();
    assertThat(c.noneFound()).isTrue();
  }
}
