package org.regdraft.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * Says in Chinese what was wrong with the command line, then shows short usage. Exit 2.
 *
 * <p>picocli's messages are English sentences; they are rebuilt here from the exception's type,
 * the option or parameter it names ({@link ParameterException#getArgSpec()}) and that option's
 * type, so that no English sentence reaches a user whatever picocli's wording.
 */
final class UsageErrorHandler implements IParameterExceptionHandler {
  private static final Pattern QUOTED = Pattern.compile("'([^']*)'");

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cl = ex.getCommandLine();
    var err = cl.getErr();
    err.println("regdraft: " + translate(ex));
    err.println("用法：" + cl.getHelp().synopsis(0).strip());
    // the command as typed (./regdraft in a checkout), so the hint can be copied
    String name = cl.getCommandSpec().qualifiedName().replaceFirst("^regdraft", java.util.regex.Matcher.quoteReplacement(Launcher.name()));
    err.println("运行 “" + name + " --help” 查看说明。");
    return 2;
  }

  static String translate(ParameterException ex) {
    String m = ex.getMessage() == null ? "" : ex.getMessage();
    if (ex instanceof CommandLine.UnmatchedArgumentException u) return unmatched(u);
    if (ex instanceof CommandLine.MissingParameterException mp) return missing(mp, m);
    if (ex instanceof CommandLine.OverwrittenOptionException) return "选项只能给一次：" + name(ex.getArgSpec(), quoted(m, 0));
    if (m.contains("should be in KEY=VALUE format")) {
      return "选项 " + quoted(m, 0) + " 的值应写作 KEY=VALUE（如 文号=第12号），而不是“" + m.replaceAll(".* but was ", "") + "”";
    }
    if (m.startsWith("Unknown subcommand")) return unknownCommand(quoted(m, 0));
    if (m.startsWith("Expected parameter for option")) {
      return "选项 " + quoted(m, 0) + " 缺少取值（其后是“" + quoted(m, 1) + "”）";
    }
    if (ex.getArgSpec() != null && m.startsWith("Invalid value")) {
      return invalidValue(ex.getArgSpec(), valueIn(ex, m));
    }
    if (ex instanceof CommandLine.MaxValuesExceededException) return "参数过多：" + String.join(" ", quotedAll(m));
    List<String> values = quotedAll(m);
    return "命令行有误" + (values.isEmpty() ? "" : "：" + String.join(" ", values)) + "（请对照下面的用法检查）";
  }

  /** An unknown option with the closest one suggested, or arguments the command does not take. */
  private static String unmatched(CommandLine.UnmatchedArgumentException u) {
    List<String> unmatched = u.getUnmatched();
    String first = unmatched.isEmpty() ? "" : unmatched.get(0);
    CommandLine cl = u.getCommandLine();
    if (first.startsWith("-") && first.length() > 1) {
      String name = first.contains("=") ? first.substring(0, first.indexOf('=')) : first;
      List<String> names = new ArrayList<>();
      for (OptionSpec o : cl.getCommandSpec().options()) names.addAll(List.of(o.names()));
      String near = Suggestions.closest(name, names);
      return "未知选项：" + name + (near == null ? "" : "；是不是要用 " + near + "？");
    }
    // the top level: the first word names a command (only the one named is declared, see Main)
    if (cl.getCommandSpec().parent() == null) return unknownCommand(first);
    return "多余或未知的参数：" + String.join(" ", unmatched);
  }

  private static String unknownCommand(String name) {
    List<String> names = new ArrayList<>();
    for (CommandInfo c : Main.SUBCOMMANDS) if (!c.hidden()) names.add(c.name());
    String near = Suggestions.closest(name, names);
    return "未知命令“" + name + "”" + (near == null ? "" : "；是不是要用 " + near + "？")
        + "（regdraft --help 列出全部命令）";
  }

  private static String missing(CommandLine.MissingParameterException mp, String m) {
    List<ArgSpec> missing = mp.getMissing();
    if (m.startsWith("Missing required parameter for option") && !missing.isEmpty()) {
      return "选项 " + name(missing.get(0), "") + " 缺少取值（" + missing.get(0).paramLabel() + "）";
    }
    boolean options = !missing.isEmpty() && missing.stream().allMatch(a -> a instanceof OptionSpec);
    StringBuilder sb = new StringBuilder(options ? "缺少必需的选项：" : "缺少参数：");
    for (ArgSpec a : missing) sb.append(options ? name(a, "") + " " + a.paramLabel() : a.paramLabel()).append(' ');
    return sb.toString().strip();
  }

  /** The value was of the wrong kind: what is accepted, from the option's type. */
  static String invalidValue(ArgSpec spec, String value) {
    String what = "参数值无效：" + (spec instanceof OptionSpec o ? "选项 " + o.longestName() + " 的值" : "参数 " + spec.paramLabel());
    Class<?> type = spec.type();
    if (type.isEnum()) {
      List<String> allowed = new ArrayList<>();
      for (Object c : type.getEnumConstants()) allowed.add(c.toString());
      String s = what + "只能是 " + String.join("、", allowed) + " 之一，而不是“" + value + "”";
      if (value.toLowerCase(Locale.ROOT).equals("pdf")) s += "（PDF 用 -o 文件.pdf 生成，见 render、redline、table、doc、package）";
      else if (allowed.contains(value.toLowerCase(Locale.ROOT))) s += "（请用小写）";
      return s;
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return what + "应为整数（如 10），而不是“" + value + "”";
    }
    if (type == java.time.LocalDate.class) return what + "应为日期，写作 2021-01-01，而不是“" + value + "”";
    return what + "无效：“" + value + "”";
  }

  private static String valueIn(ParameterException ex, String m) {
    if (ex.getValue() != null) return ex.getValue();
    // "… '--format': expected one of [...] but was 'pdf'", "… '-n': 'abc' is not an int"
    List<String> q = quotedAll(m);
    return q.isEmpty() ? "" : q.get(q.size() - 1);
  }

  private static String name(ArgSpec spec, String fallback) {
    if (spec instanceof OptionSpec o) return o.longestName();
    return spec != null ? spec.paramLabel() : fallback;
  }

  private static String quoted(String m, int i) {
    List<String> q = quotedAll(m);
    return i < q.size() ? q.get(i) : "";
  }

  private static List<String> quotedAll(String m) {
    List<String> out = new ArrayList<>();
    Matcher x = QUOTED.matcher(m);
    while (x.find()) out.add(x.group(1));
    return out;
  }
}
