package org.regdraft.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.regdraft.model.PreambleText;
import org.regdraft.model.Regulation;
import org.regdraft.model.UnitText;

/** A regulation calls itself after its kind: 本条例 in a 条例, 本办法 in a 办法 (metadata kind). */
public final class SelfReferenceRule implements Rule {
  static final List<String> SELF_KINDS = List.of("条例", "实施细则", "细则", "办法", "规定", "规则", "决定");
  /** The lookbehind keeps words that merely contain 本 (基本规定, 成本, 文本, 日本 …) out. */
  private static final Pattern SELF =
      Pattern.compile("(?<![基根样资成文版日原剧课账标脚读范副蓝书])本(条例|实施细则|细则|办法|规定|规则|决定)");

  @Override
  public String id() {
    return "self-reference";
  }

  @Override
  public List<Finding> check(Regulation r, String file) {
    String kind = r.metadata().kind();
    List<Finding> out = new ArrayList<>();
    if (!SELF_KINDS.contains(kind)) return out;
    // the preamble says 制定本条例 as the articles say 本条例: the same rule holds
    List<PreambleText> preamble = PreambleText.of(r);
    for (PreambleText p : preamble) check(p.text(), p.line(), () -> p.label(preamble.size()), kind, file, out);
    for (UnitText u : UnitText.of(r)) check(u.text(), u.line(), u::label, kind, file, out);
    return out;
  }

  private static void check(String text, int line, java.util.function.Supplier<String> where, String kind, String file, List<Finding> out) {
    // tried only at each 本: find() with the lookbehind tried every character (5 % of check)
    Matcher m = SELF.matcher(text).useTransparentBounds(true);
    for (int at = text.indexOf('本'); at >= 0; at = text.indexOf('本', at + 1)) {
      if (!m.region(at, text.length()).lookingAt()) continue;
      String used = m.group(1);
      boolean ok = used.equals(kind) || (kind.equals("实施细则") && used.equals("细则"));
      if (!ok) {
        out.add(Finding.error(file, line, "self-reference",
            where.get() + "写作“本" + used + "”，但本法规的种类是" + kind + "（文件头 kind），应写作“本" + kind + "”"));
      }
    }
  }
}
