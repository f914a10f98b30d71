package org.regdraft.documents;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import java.time.LocalDate;
import java.util.Optional;
import org.regdraft.model.ChineseDates;
import org.regdraft.model.ChineseNumerals;

/** The functions templates may call: {@code cn(33)} → 三十三, {@code cnDate("2020-10-16")}. */
final class ChineseFunctions {
  private ChineseFunctions() {}

  static final TemplateMethodModelEx CN =
      args -> {
        if (args.size() != 1) throw new TemplateModelException("cn(…) 需要一个数字，如 cn(33)");
        int n = intArg(args.get(0), "cn");
        if (n < 1 || n > 9999) throw new TemplateModelException("cn(…) 只能写 1 到 9999 的数，而不是 " + n);
        return new freemarker.template.SimpleScalar(ChineseNumerals.format(n));
      };

  static final TemplateMethodModelEx CN_DATE =
      args -> {
        if (args.size() != 1) throw new TemplateModelException("cnDate(…) 需要一个日期，如 cnDate(\"2020-10-16\")");
        String s = stringArg(args.get(0), "cnDate");
        return new freemarker.template.SimpleScalar(
            parseDate(s).map(ChineseDates::format).orElseThrow(() -> new TemplateModelException("cnDate(…)：“" + s + "”不是日期（应写作 2020-10-16）")));
      };

  private static int intArg(Object a, String fn) throws TemplateModelException {
    if (a instanceof TemplateNumberModel n) return n.getAsNumber().intValue();
    if (a instanceof TemplateScalarModel s) {
      try {
        return Integer.parseInt(s.getAsString().strip());
      } catch (NumberFormatException e) {
        throw new TemplateModelException(fn + "(…)：“" + s.getAsString() + "”不是数字");
      }
    }
    throw new TemplateModelException(fn + "(…) 的参数应当是数字");
  }

  private static String stringArg(Object a, String fn) throws TemplateModelException {
    if (a instanceof TemplateScalarModel s) return s.getAsString();
    throw new TemplateModelException(fn + "(…) 的参数应当是文字");
  }

  /** 2020-10-16 or 2020年10月16日. */
  static Optional<LocalDate> parseDate(String s) {
    String t = s.strip();
    var m = java.util.regex.Pattern.compile("(\\d{4})(?:-|年)(\\d{1,2})(?:-|月)(\\d{1,2})日?").matcher(t);
    if (!m.matches()) return Optional.empty();
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }
}
