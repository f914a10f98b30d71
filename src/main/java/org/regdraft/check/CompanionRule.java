package org.regdraft.check;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.regdraft.markdown.Companion;
import org.regdraft.model.ChineseNumerals;
import org.regdraft.model.DivisionKind;
import org.regdraft.model.Regulation;

/**
 * A companion explanation states the regulation's real counts: in 共五章三十三条, 共六章二十节
 * 八十条 or 共二十条, every number must match. Not in {@link Rules#all()}: it needs the
 * explanation and the regulation, and {@link CheckService} calls it for {@code kind: 说明} files.
 */
public final class CompanionRule {
  private static final String N = "[零〇一二两三四五六七八九十百千0-9]+";
  private static final Pattern COUNTS =
      Pattern.compile("共(?:(" + N + ")(编|章))?(?:(" + N + ")节)?(" + N + ")条");

  public String id() {
    return "companion-counts";
  }

  public List<Finding> check(Companion c, Regulation r, String file) {
    List<Finding> out = new ArrayList<>();
    for (Companion.Line line : c.lines()) {
      Matcher m = COUNTS.matcher(line.text());
      while (m.find()) {
        List<String> real = new ArrayList<>();
        boolean[] wrong = {false};
        if (m.group(1) != null) {
          DivisionKind kind = DivisionKind.ofUnit(m.group(2)).orElseThrow();
          compare(m.group(1), count(r, kind), kind.unit(), real, wrong);
        }
        if (m.group(3) != null) compare(m.group(3), count(r, DivisionKind.节), "节", real, wrong);
        compare(m.group(4), r.articles().size(), "条", real, wrong);
        if (wrong[0]) {
          out.add(Finding.error(file, line.number(), "companion-counts",
              "说明称“" + m.group() + "”，但《" + r.title() + "》实有" + String.join("", real)));
        }
      }
    }
    return out;
  }

  private static int count(Regulation r, DivisionKind kind) {
    return (int) r.divisions().stream().filter(d -> d.kind() == kind).count();
  }

  private static void compare(String stated, int count, String unit, List<String> real, boolean[] wrong) {
    OptionalInt v = ChineseNumerals.parseLenient(stated);
    if (v.isEmpty() || v.getAsInt() != count) wrong[0] = true;
    real.add((count == 0 ? "零" : ChineseNumerals.format(count)) + unit);
  }
}
