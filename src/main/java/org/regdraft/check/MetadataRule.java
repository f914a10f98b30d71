package org.regdraft.check;

import java.util.ArrayList;
import java.util.List;
import org.regdraft.model.Metadata;
import org.regdraft.model.Regulation;

/** Required front matter: kind, issuer, status, at least one history event; a known kind. */
public final class MetadataRule implements Rule {
  static final List<String> KINDS = List.of("条例", "办法", "规定", "决定", "规则", "实施细则", "细则", "决议", "说明");

  @Override
  public String id() {
    return "metadata";
  }

  @Override
  public List<Finding> check(Regulation r, String file) {
    List<Finding> out = new ArrayList<>();
    Metadata m = r.metadata();
    int line = Math.max(1, m.line());
    if (m.line() == 0) {
      out.add(Finding.error(file, 1, "metadata-missing", "缺少文件头（以 --- 开始的 YAML，含 kind、issuer、status、history）"));
      return out;
    }
    if (m.kind().isEmpty()) out.add(Finding.error(file, line, "metadata-missing", "文件头缺少 kind（条例、办法、规定……）"));
    else if (!KINDS.contains(m.kind())) {
      out.add(Finding.warning(file, line, "metadata-kind", "kind“" + m.kind() + "”不是常见的法规种类（" + String.join("、", KINDS) + "）"));
    }
    if (!m.kind().isEmpty() && !r.title().isEmpty() && !r.title().endsWith(m.kind()) && !m.kind().equals("说明")) {
      out.add(Finding.warning(file, line, "metadata-kind", "标题“" + r.title() + "”与 kind“" + m.kind() + "”不一致"));
    }
    if (m.issuer().isEmpty()) out.add(Finding.error(file, line, "metadata-missing", "文件头缺少 issuer（制定机关）"));
    if (m.status().isEmpty()) out.add(Finding.error(file, line, "metadata-missing", "文件头缺少 status（草案、施行、废止……）"));
    if (m.history().isEmpty() && !"草案".equals(m.status()) && !m.extra().containsKey("history")) {
      out.add(Finding.warning(file, line, "metadata-missing", "文件头没有 history（题注），非草案的法规应写明通过、批准等经过"));
    }
    return out;
  }
}
