package org.regdraft.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.regdraft.testing.Cli;

/**
 * A remote URL may carry a password (https://user:password@host/…). It never appears in what
 * regdraft prints — remote add, remote, sync and its failures, with or without --debug — nor in
 * the reflogs and other files regdraft writes under .git (git's own config keeps the URL as typed).
 */
class CredentialsNotPrintedTest {
  static final String SECRET = "Geheim-口令-42";
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {
    "https://zhang:" + SECRET + "@127.0.0.1:1/fgc/regulations.git",
    "http://zhang:" + SECRET + "@127.0.0.1:1/fgc/regulations.git",
    "ssh://zhang:" + SECRET + "@127.0.0.1:1/fgc/regulations.git",
    "git://zhang:" + SECRET + "@127.0.0.1:1/fgc/regulations.git",
  })
  void thePasswordIsNeverPrinted(String url) throws Exception {
    MalformedInputTest.sampleRepository(dir);
    Cli.Result add = Cli.run(dir, "remote", "add", "origin", url);
    assertThat(add.exitCode()).as(add.toString()).isZero();
    assertThat(add.out()).contains("zhang@127.0.0.1");
    Cli.Result again = Cli.run(dir, "remote", "add", "origin", url);
    Cli.Result list = Cli.run(dir, "remote");
    Cli.Result sync = Cli.run(dir, "sync");
    Cli.Result debug = Cli.run(dir, "--debug", "sync");
    assertThat(sync.exitCode()).as(sync.toString()).isEqualTo(2);
    assertThat(sync.err()).containsPattern("\\p{IsHan}");
    for (Cli.Result r : new Cli.Result[] {add, again, list, sync, debug}) {
      assertThat(r.out() + r.err()).as(r.toString()).doesNotContain(SECRET).doesNotContain("Geheim");
    }
    try (Stream<Path> s = Files.walk(dir.resolve(".git"))) {
      for (Path p : s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("config")).toList()) {
        assertThat(new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1))
            .as(p.toString()).doesNotContain("Geheim");
      }
    }
  }
}
