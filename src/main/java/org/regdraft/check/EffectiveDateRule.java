package org.regdraft.check;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.regdraft.model.ChineseDates;
import org.regdraft.model.Effective;
import org.regdraft.model.Regulation;
import org.regdraft.model.UnitText;

/**
 * The article on entry into force (本条例自2021年1月1日起施行 / 自公布之日起施行) and the front
 * matter's {@code effective} say the same thing; when the front matter has {@code effective}, the
 * article must be there.
 */
public final class EffectiveDateRule implements Rule {
  private static final Pattern CLAUSE =
      Pattern.compile("自(?:([0-9０-９]{4})年([0-9０-９]{1,2})月([0-9０-９]{1,2})日|(公布|发布)之日)起施行");

  @Override
  public String id() {
    return "effective-date";
  }

  @Override
  public List<String> ids() {
    return List.of("effective-date", "effective-date-metadata");
  }

  @Override
  public List<Finding> check(Regulation r, String file) {
    List<Finding> out = new ArrayList<>();
    Optional<Effective> meta = r.metadata().effective();
    UnitText found = null;
    Matcher clause = null;
    for (UnitText u : UnitText.of(r)) {
      Matcher m = CLAUSE.matcher(u.text());
      if (m.find()) {
        found = u;
        clause = m;
      }
    }
    int metaLine = Math.max(1, r.metadata().line());
    if (found == null) {
      if (meta.isPresent()) {
        out.add(Finding.error(file, metaLine, "effective-date",
            "文件头写明 effective: " + meta.get().yamlValue() + "，但正文没有施行日期条款（如“" + r.metadata().selfReference() + "自"
                + (meta.get() instanceof Effective.OnDate d ? ChineseDates.format(d.date()) : "公布之日") + "起施行。”）"));
      }
      return out;
    }
    Optional<Effective> stated = stated(clause);
    if (stated.isEmpty()) {
      out.add(Finding.error(file, found.line(), "effective-date", found.label() + "中的施行日期“" + clause.group() + "”不是有效日期"));
      return out;
    }
    if (meta.isEmpty()) {
      out.add(Finding.warning(file, found.line(), "effective-date-metadata",
          found.label() + "写明“" + clause.group() + "”，文件头缺少 effective: " + stated.get().yamlValue()));
    } else if (!meta.get().equals(stated.get())) {
      out.add(Finding.error(file, found.line(), "effective-date",
          found.label() + "写明“" + clause.group() + "”，与文件头 effective: " + meta.get().yamlValue() + " 不一致"));
    }
    return out;
  }

  private static Optional<Effective> stated(Matcher m) {
    if (m.group(4) != null) return Optional.of(new Effective.OnPromulgation());
    try {
      return Optional.of(new Effective.OnDate(LocalDate.of(num(m.group(1)), num(m.group(2)), num(m.group(3)))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static int num(String s) {
    int v = 0;
    for (char c : s.toCharArray()) v = v * 10 + (c >= '０' ? c - '０' : c - '0');
    return v;
  }
}
