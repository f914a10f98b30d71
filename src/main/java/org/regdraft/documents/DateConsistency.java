package org.regdraft.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.regdraft.RegdraftException;
import org.regdraft.model.ChineseDates;
import org.regdraft.model.Effective;
import org.regdraft.model.Metadata;

/**
 * Dates that contradict each other in what a document is made from: a text that takes effect, or
 * is announced, before it is adopted. {@code doc} and {@code package} print these as warnings
 * (the document is still written: the office may be preparing it ahead).
 */
public final class DateConsistency {
  private DateConsistency() {}

  /** The warnings, in Chinese; {@code type} is the document's (公告 checks its own date too). */
  public static List<String> warnings(DocumentInput in, String type) throws RegdraftException {
    Metadata m = in.regulation().metadata();
    String t = "《" + in.regulation().title() + "》";
    List<String> out = new ArrayList<>();
    Optional<LocalDate> adopted = DataModel.adoptionDate(m);
    if (adopted.isEmpty()) return out;
    String on = ChineseDates.format(adopted.get());
    boolean amended = DataModel.amendedByDecision(m);
    if ("公告".equals(type) && amended && !in.options().containsKey("effective")) {
      out.add("公告公布的是修改决定，施行日期应为决定规定的日期，已留空待填；可用 --decision 决定.md 或 --set effective=… 写明");
    }
    // a 修正 keeps the article that says when the text first took effect: its effective may precede the decision
    if (!amended && m.effective().orElse(null) instanceof Effective.OnDate d && d.date().isBefore(adopted.get())) {
      out.add(t + "的施行日期 " + ChineseDates.format(d.date()) + "（文件头 effective）早于通过日期 " + on
          + "（文件头 history），请核对 effective 与 history");
    }
    if (m.announcement().isPresent() && m.announcement().get().date().isBefore(adopted.get())) {
      out.add(t + "的公告日期 " + ChineseDates.format(m.announcement().get().date()) + "（文件头 announcement）早于通过日期 " + on
          + "；这份公告公布的是修改前的文本");
    }
    Optional<LocalDate> date = in.options().containsKey("date") ? ChineseFunctions.parseDate(in.options().get("date")) : Optional.empty();
    if ("公告".equals(type) && date.isPresent() && date.get().isBefore(adopted.get())) {
      out.add("公告日期 " + ChineseDates.format(date.get()) + " 早于通过日期 " + on + "：不能公布尚未通过的文本");
    }
    Optional<LocalDate> effective = in.options().containsKey("effective") ? ChineseFunctions.parseDate(in.options().get("effective")) : Optional.empty();
    if (effective.isPresent() && effective.get().isBefore(adopted.get())) {
      out.add("施行日期 " + ChineseDates.format(effective.get()) + "（--set effective）早于通过日期 " + on);
    }
    return out;
  }
}
