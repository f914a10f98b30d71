package org.regdraft.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regdraft.render.Json;

/** How {@code check} prints findings. */
public enum FindingsFormat {
  text {
    @Override
    public String write(List<Finding> findings, int files) {
      StringBuilder sb = new StringBuilder();
      for (Finding f : findings) sb.append(f.format()).append('\n');
      long errors = findings.stream().filter(Finding::isError).count();
      long warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
      sb.append("检查了 ").append(files).append(" 个文件：")
          .append(errors).append(" 个错误，").append(warnings).append(" 个警告\n");
      return sb.toString();
    }
  },
  json {
    @Override
    public String write(List<Finding> findings, int files) {
      List<Object> list = new ArrayList<>();
      for (Finding f : findings) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", f.file());
        m.put("line", f.line());
        m.put("severity", f.severity().code());
        m.put("rule", f.rule());
        m.put("message", f.message());
        list.add(m);
      }
      return Json.write(list) + "\n";
    }
  };

  public abstract String write(List<Finding> findings, int files);
}
