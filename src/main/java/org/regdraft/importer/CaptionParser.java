package org.regdraft.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.regdraft.model.ChineseDates;
import org.regdraft.model.HistoryEvent;

/**
 * Splits a 题注 into history events. Events start at a date; what separates them (spaces, ；，
 * the brackets around the whole 题注, the 根据 that introduces a 修正) is structure that the
 * writer derives again, recorded as a {@link Normalisation.Kind#CAPTION} normalisation.
 */
final class CaptionParser {
  static final Pattern DATE =
      Pattern.compile("([0-9０-９]{4})\\s*年\\s*([0-9０-９]{1,2})\\s*月\\s*([0-9０-９]{1,2})\\s*日");
  private static final String SEPARATORS = "；;，,、。";

  private CaptionParser() {}

  static List<HistoryEvent> parse(String text, int line, ImportLog log) {
    List<HistoryEvent> out = new ArrayList<>();
    Matcher m = DATE.matcher(text);
    List<int[]> dates = new ArrayList<>();
    while (m.find()) dates.add(new int[] {m.start(), m.end()});
    if (dates.isEmpty()) {
      if (!text.isBlank()) {
        log.discard(line, text.strip(), "题注中没有日期，无法识别");
        log.warn(line, "import-caption", "题注中没有日期，无法识别为制定、修改记录：" + text.strip());
      }
      return out;
    }
    String before = text.substring(0, dates.get(0)[0]);
    if (!before.isBlank()) {
      String stripped = before.strip();
      if (stripped.equals("（") || stripped.equals("(")) log.normalise(line, Normalisation.Kind.CAPTION, stripped, "");
      else {
        log.discard(line, stripped, "题注中日期之前的文字");
        log.warn(line, "import-caption", "题注中日期之前的文字无法归入任何事件：" + stripped);
      }
    }
    for (int k = 0; k < dates.size(); k++) {
      int[] d = dates.get(k);
      String dateText = text.substring(d[0], d[1]);
      Matcher dm = DATE.matcher(dateText);
      dm.matches();
      String event = text.substring(d[1], k + 1 < dates.size() ? dates.get(k + 1)[0] : text.length());
      event = trimEvent(event, line, log, k + 1 == dates.size());
      LocalDate date;
      try {
        date = LocalDate.of(digits(dm.group(1)), digits(dm.group(2)), digits(dm.group(3)));
      } catch (DateTimeException e) {
        log.discard(line, dateText + event, "日期无效");
        log.warn(line, "import-caption", "题注中的日期无效：" + dateText);
        continue;
      }
      String compact = dateText.replaceAll("\\s+", "");
      log.normalise(line, Normalisation.Kind.CAPTION, compact, ChineseDates.format(date));
      if (event.isEmpty()) log.warn(line, "import-caption", "题注中 " + compact + " 之后没有事件");
      out.add(new HistoryEvent(date, event));
    }
    return out;
  }

  /** Removes separators around one event, and a closing bracket it does not open. */
  private static String trimEvent(String event, int line, ImportLog log, boolean last) {
    String e = event.strip();
    String removed = "";
    boolean changed = true;
    while (changed && !e.isEmpty()) {
      changed = false;
      if (e.endsWith("根据")) {
        removed = "根据" + removed;
        e = e.substring(0, e.length() - 2).strip();
        changed = true;
      }
      if (!e.isEmpty() && SEPARATORS.indexOf(e.charAt(e.length() - 1)) >= 0) {
        removed = e.charAt(e.length() - 1) + removed;
        e = e.substring(0, e.length() - 1).strip();
        changed = true;
      }
      if (!e.isEmpty() && (e.endsWith("）") || e.endsWith(")")) && unbalanced(e)) {
        removed = e.charAt(e.length() - 1) + removed;
        e = e.substring(0, e.length() - 1).strip();
        changed = true;
        if (!last) log.warn(line, "import-caption", "题注中间多余的“）”已去掉");
      }
    }
    while (!e.isEmpty() && SEPARATORS.indexOf(e.charAt(0)) >= 0) {
      removed = removed + e.charAt(0);
      e = e.substring(1).strip();
    }
    if (!removed.isEmpty()) log.normalise(line, Normalisation.Kind.CAPTION, removed, "");
    return e;
  }

  /** 2021 or ２０２１. */
  static int digits(String s) {
    return org.regdraft.model.ChineseNumerals.parseLenient(s).orElse(0);
  }

  private static boolean unbalanced(String s) {
    int depth = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '（' || c == '(') depth++;
      else if (c == '）' || c == ')') depth--;
    }
    return depth < 0;
  }
}
