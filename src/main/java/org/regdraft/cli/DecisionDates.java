package org.regdraft.cli;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.regdraft.amend.Decision;

/**
 * The date a 公告 takes from the decision it announces ({@code doc 公告 --decision FILE}): the
 * effective date of 本决定自……起施行, unless given with --set. (The 公告's own date defaults to the
 * adoption the text's 题注 records: the decision's, or the approval after it.)
 */
final class DecisionDates {
  private static final Pattern EFFECTIVE = Pattern.compile("自(\\d{4})年(\\d{1,2})月(\\d{1,2})日起施行");

  private DecisionDates() {}

  static void fill(Decision d, Map<String, String> options) {
    if (!options.containsKey("effective") && !options.containsKey("施行日期") && d.effective().isPresent()) {
      Matcher m = EFFECTIVE.matcher(d.effective().get());
      if (m.find()) options.put("effective", iso(m));
      else if (d.effective().get().contains("公布之日")) options.put("effective", "公布之日");
    }
  }

  private static String iso(Matcher m) {
    return String.format("%s-%02d-%02d", m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
  }
}
