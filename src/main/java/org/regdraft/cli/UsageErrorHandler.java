package org.regdraft.cli;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/** Says in Chinese what was wrong with the command line, then shows short usage. Exit 2. */
final class UsageErrorHandler implements IParameterExceptionHandler {
  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cl = ex.getCommandLine();
    var err = cl.getErr();
    err.println("regdraft: " + translate(ex));
    err.println("用法：" + cl.getHelp().synopsis(0).strip());
    err.println("运行 “" + cl.getCommandSpec().qualifiedName() + " --help” 查看说明。");
    return 2;
  }

  static String translate(ParameterException ex) {
    String m = ex.getMessage() == null ? "" : ex.getMessage();
    if (ex instanceof CommandLine.UnmatchedArgumentException u) {
      var unmatched = u.getUnmatched();
      String first = unmatched.isEmpty() ? "" : unmatched.get(0);
      if (first.startsWith("-")) return "未知选项：" + first;
      return "多余或未知的参数：" + String.join(" ", unmatched);
    }
    if (ex instanceof CommandLine.MissingParameterException mp) {
      var missing = mp.getMissing();
      if (!missing.isEmpty() && missing.stream().allMatch(a -> a instanceof CommandLine.Model.OptionSpec)) {
        StringBuilder sb = new StringBuilder("缺少必需的选项：");
        for (var a : missing) sb.append(((CommandLine.Model.OptionSpec) a).longestName()).append(' ').append(a.paramLabel()).append(' ');
        return sb.toString().strip();
      }
      StringBuilder sb = new StringBuilder("缺少参数：");
      for (var a : missing) sb.append(a.paramLabel()).append(' ');
      return sb.toString().strip();
    }
    if (m.contains("should be specified only once")) {
      return "选项只能给一次：" + m.replaceAll(".*'([^']*)'.*", "$1");
    }
    if (m.contains("should be in KEY=VALUE format")) {
      return "选项 " + m.replaceAll(".*'([^']*)'.*", "$1") + " 的值应写作 KEY=VALUE，而不是“" + m.replaceAll(".* but was ", "") + "”";
    }
    if (m.startsWith("Invalid value for option") || m.contains("Invalid value")) {
      return "参数值无效：" + m.replaceAll("^Invalid value for (option|positional parameter) ", "");
    }
    if (m.startsWith("Missing required option")) return "缺少必需的选项：" + m.replaceAll(".*'(.*)'.*", "$1");
    if (m.startsWith("Expected parameter for option")) return "选项缺少取值：" + m.replaceAll(".*'(.*)'.*", "$1");
    return "命令行有误：" + m;
  }
}
