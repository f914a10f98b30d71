package org.regdraft.documents;

import freemarker.core.InvalidReferenceException;
import freemarker.core.NonHashException;
import freemarker.core.NonNumericalException;
import freemarker.core.NonStringException;
import freemarker.core.ParseException;
import freemarker.template.MalformedTemplateNameException;
import freemarker.template.TemplateException;
import freemarker.template.TemplateNotFoundException;
import java.util.function.UnaryOperator;
import org.regdraft.RegdraftException;

/**
 * Translates FreeMarker's errors (English, with an FTL stack) into one Chinese sentence naming
 * the template file and line. FreeMarker's own first line is kept as a detail because it is
 * often the most precise description of a syntax error.
 */
final class TemplateErrors {
  private TemplateErrors() {}

  static RegdraftException parse(ParseException e, String display) {
    String where = where(display, e.getLineNumber(), e.getColumnNumber());
    String english = e.getEditorMessage() == null ? "" : e.getEditorMessage();
    java.util.regex.Matcher unclosed = java.util.regex.Pattern.compile("unclosed #(\\w+)").matcher(english);
    if (unclosed.find()) {
      String d = unclosed.group(1);
      return RegdraftException.content(where + "：模板语法错误：<#" + d + "> 没有对应的 </#" + d + ">");
    }
    if (english.contains("unclosed \"{\"")) {
      return RegdraftException.content(where + "：模板语法错误：${ 没有对应的 }");
    }
    return RegdraftException.content(where + "：模板语法错误" + detail(english));
  }

  static RegdraftException runtime(TemplateException e, String mainDisplay, UnaryOperator<String> displayOf) {
    String source = e.getTemplateSourceName();
    String display = source == null || source.equals(mainDisplay) ? mainDisplay : displayOf.apply(source);
    Integer line = e.getLineNumber();
    Integer col = e.getColumnNumber();
    String where = where(display, line == null ? 0 : line, col == null ? 0 : col);
    String expr = e.getBlamedExpressionString();
    String message = String.valueOf(e.getMessageWithoutStackTop());
    Throwable cause = e.getCause();
    if (cause instanceof ParseException pe) return parse(pe, displayOf.apply(pe.getTemplateName()));
    if (cause instanceof MalformedTemplateNameException || message.contains("Malformed template name")) {
      return RegdraftException.content(where + "：不允许包含模板文件夹以外的文件（" + firstLine(message) + "）");
    }
    if (cause instanceof TemplateNotFoundException || message.contains("Template not found")) {
      return RegdraftException.content(where + "：找不到要包含的模板；只能包含 templates/ 文件夹中的文件或内置模板");
    }
    if (message.contains("?new") || message.contains("TemplateClassResolver") || message.contains("not allowed in the template for security")) {
      return RegdraftException.content(where + "：出于安全考虑，模板不能创建 Java 对象（?new 已禁用）");
    }
    if (message.contains("?api") || message.contains("api_builtin_enabled")) {
      return RegdraftException.content(where + "：出于安全考虑，模板不能使用 ?api");
    }
    if (e instanceof InvalidReferenceException) {
      return RegdraftException.content(
          where + "：缺少值“" + (expr == null ? "?" : expr) + "”。"
              + "请用 --set 提供，或在模板中写默认值，如 ${" + (expr == null ? "x" : expr) + "!\"……\"}；"
              + "可用的数据见 docs/templates.md");
    }
    if (e instanceof NonHashException) {
      return RegdraftException.content(where + "：“" + expr + "”不是可以用“.”取成员的数据（模板不能调用 Java 方法）");
    }
    if (e instanceof NonStringException || e instanceof freemarker.core.NonStringOrTemplateOutputException) {
      return RegdraftException.content(where + "：“" + expr + "”不能作为文字输出（它是列表、映射或函数）");
    }
    if (e instanceof NonNumericalException) {
      return RegdraftException.content(where + "：“" + expr + "”应当是数字");
    }
    if (cause instanceof freemarker.template.TemplateModelException tme && tme.getMessage() != null && hasChinese(tme.getMessage())) {
      return RegdraftException.content(where + "：" + tme.getMessage());
    }
    if (hasChinese(firstLine(message))) return RegdraftException.content(where + "：" + firstLine(message));
    return RegdraftException.content(where + "：模板执行出错" + detail(firstLine(message)));
  }

  static String where(String display, int line, int col) {
    StringBuilder sb = new StringBuilder("模板 ").append(display);
    if (line > 0) sb.append(" 第").append(line).append("行");
    if (col > 0) sb.append("第").append(col).append("列");
    return sb.toString();
  }

  private static String detail(String english) {
    String d = firstLine(english);
    return d.isEmpty() ? "" : "（FreeMarker：" + d + "）";
  }

  private static String firstLine(String s) {
    if (s == null) return "";
    String t = s.strip();
    int nl = t.indexOf('\n');
    return (nl < 0 ? t : t.substring(0, nl)).strip();
  }

  private static boolean hasChinese(String s) {
    return s != null && s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }
}
