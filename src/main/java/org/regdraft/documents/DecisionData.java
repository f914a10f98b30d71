package org.regdraft.documents;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.regdraft.amend.Decision;
import org.regdraft.amend.DecisionCounts;
import org.regdraft.amend.DecisionWriter;
import org.regdraft.amend.Formulas;

/**
 * What templates see of a 修改决定 given with {@code doc --decision}: its title, whether it is a
 * package, and for a package every regulation with what the decision changes in it, counted from
 * the items (docs/templates.md, key {@code decision}).
 */
final class DecisionData {
  private static final Pattern KIND = Pattern.compile("等([^《》]+?)的决定$");

  private DecisionData() {}

  /** The decision's title without its issuer: 关于修改《A》等两件地方性法规的决定. */
  static String ownTitle(Decision d) {
    String title = d.title();
    int k = title.indexOf("关于");
    return k > 0 ? title.substring(k) : title;
  }

  static Map<String, Object> of(Decision d) {
    Map<String, Object> m = new LinkedHashMap<>();
    String title = d.title();
    String own = ownTitle(d);
    m.put("fullTitle", title);
    m.put("title", own);
    // inside another 《》 (关于提请审议《……》的议案) the decision's own 《》 become 〈〉
    m.put("quotedTitle", own.replace('《', '〈').replace('》', '〉'));
    m.put("isPackage", d.isPackage());
    List<Map<String, Object>> regs = new ArrayList<>();
    StringBuilder titles = new StringBuilder();
    for (var e : DecisionCounts.perRegulation(d).entrySet()) {
      Map<String, Object> one = new LinkedHashMap<>(DataModel.comparison(e.getValue()));
      one.put("title", e.getKey());
      one.put("quoted", Formulas.titled(e.getKey()));
      regs.add(one);
      titles.append(Formulas.titled(e.getKey()));
    }
    m.put("regulations", regs);
    m.put("count", regs.size());
    m.put("titles", titles.toString());
    Matcher km = KIND.matcher(own);
    m.put("countText", km.find() ? km.group(1) : Formulas.count(regs.size()) + "件法规");
    m.put("summary", DataModel.comparison(DecisionCounts.of(d)).get("summary"));
    m.put("items", DecisionWriter.items(d));
    m.put("republication", DecisionWriter.republication(d).orElse(""));
    return m;
  }
}
