package org.regdraft.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.regdraft.testing.Cli;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every wrong command line of every command is answered in Chinese: a table of wrong invocations
 * made from each command's own declaration (an unknown option, each option without its value, a
 * value of the wrong kind for each typed option, a missing or a surplus argument), and none of
 * them lets an English sentence or a stack trace through.
 */
class UsageErrorsTest {
  /** Three English words in a row: picocli's own wording, not a name or a value. */
  private static final Pattern ENGLISH = Pattern.compile("[A-Za-z]{2,}(?: [A-Za-z']{2,}){2,}");

  private static final Pattern CJK = Pattern.compile("\\p{IsHan}");

  @Test
  void everyWrongInvocationOfEveryCommandIsAnsweredInChinese() {
    List<List<String>> table = wrongInvocations();
    assertThat(table).hasSizeGreaterThan(80);
    List<String> failures = new ArrayList<>();
    for (List<String> args : table) {
      var r = Cli.run(null, args.toArray(String[]::new));
      String problem = problem(r);
      if (problem != null) failures.add(String.join(" ", args) + " → " + problem + "\n" + r.err());
    }
    assertThat(failures).as("wrong invocations not answered in Chinese").isEmpty();
  }

  /** Why an answer is not acceptable, or null when it is. */
  static String problem(Cli.Result r) {
    if (r.exitCode() != 2) return "exit " + r.exitCode();
    if (r.err().isBlank()) return "no message";
    if (r.err().contains("\tat ") || r.err().contains("Exception")) return "stack trace";
    boolean synopsis = false;
    for (String line : r.err().split("\n")) {
      if (line.isBlank()) continue;
      // the synopsis (and its wrapped lines) lists option and parameter names, English by design
      synopsis = line.startsWith("用法：") || synopsis && line.startsWith(" ");
      if (synopsis) continue;
      if (!CJK.matcher(line).find()) return "a line without Chinese: " + line;
      // a command quoted for the user to run (“regdraft remote add --help”) is not a sentence
      var m = ENGLISH.matcher(line.replaceAll("“[^”]*”", "“”"));
      if (m.find()) return "English: " + m.group();
    }
    return null;
  }

  static List<List<String>> wrongInvocations() {
    List<List<String>> table = new ArrayList<>();
    table.add(List.of("shwo"));
    table.add(List.of("nosuchcommand", "x"));
    table.add(List.of("--no-such-option"));
    table.add(List.of("help", "nosuchcommand"));
    CommandLine full = Main.fullCommandLine();
    full.getSubcommands().forEach((name, sub) -> addFor(table, List.of(name), sub.getCommandSpec()));
    return table;
  }

  private static void addFor(List<List<String>> table, List<String> path, CommandSpec spec) {
    if (!spec.subcommands().isEmpty()) {
      table.add(with(path, "nosuchsubcommand"));
      spec.subcommands().forEach((name, sub) -> addFor(table, with(path, name), sub.getCommandSpec()));
    }
    // picocli's help takes any word as the command to explain, and shows the overview for others
    if (!path.equals(List.of("help"))) {
      table.add(with(path, "--no-such-option"));
      table.add(with(path, "--frmat"));
    }
    boolean requiresSomething = false;
    int maxPositionals = 0;
    for (var p : spec.positionalParameters()) {
      requiresSomething |= p.required();
      int max = p.arity().max();
      maxPositionals = max == Integer.MAX_VALUE || maxPositionals == Integer.MAX_VALUE ? Integer.MAX_VALUE : maxPositionals + max;
    }
    for (OptionSpec o : spec.options()) {
      requiresSomething |= o.required();
      if (o.usageHelp() || o.versionHelp() || o.arity().min() == 0) continue;
      table.add(with(path, o.longestName()));
      Class<?> t = o.type();
      if (t.isEnum() || t == int.class || t == Integer.class || t == java.time.LocalDate.class) {
        table.add(with(path, o.longestName(), "bogus"));
        if (t.isEnum()) table.add(with(path, o.longestName(), "pdf"));
      }
      if (java.util.Map.class.isAssignableFrom(t)) table.add(with(path, o.longestName(), "novalue"));
    }
    // without arguments, only where something is required: other commands would run
    if (requiresSomething && spec.subcommands().isEmpty()) table.add(path);
    if (maxPositionals < Integer.MAX_VALUE && spec.subcommands().isEmpty()) {
      List<String> many = new ArrayList<>(path);
      for (int i = 0; i <= maxPositionals; i++) many.add("x" + i);
      table.add(many);
    }
  }

  private static List<String> with(List<String> path, String... more) {
    List<String> l = new ArrayList<>(path);
    l.addAll(List.of(more));
    return l;
  }

  @Test
  void theClosestOptionAndCommandAreSuggested() {
    var r = Cli.run(null, "diff", "x", "--frmat", "md");
    assertThat(r.err()).contains("未知选项：--frmat；是不是要用 --format？");
    assertThat(Cli.run(null, "shwo").err()).contains("未知命令“shwo”；是不是要用 show？");
    assertThat(Cli.run(null, "diff", "x", "--format", "pdf").err())
        .contains("选项 --format 的值只能是 term、md、html、json 之一，而不是“pdf”").contains("PDF");
    assertThat(Cli.run(null, "log", "x", "-n", "abc").err()).contains("应为整数").contains("“abc”");
  }
}
