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
  },
  /** SARIF 2.1.0, for editors and CI systems (GitHub code scanning, VS Code's SARIF viewer). */
  sarif {
    @Override
    public String write(List<Finding> findings, int files) {
      List<String> ruleIds = findings.stream().map(Finding::rule).distinct().sorted().toList();
      List<Object> rules = new ArrayList<>();
      for (String id : ruleIds) {
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("id", id);
        rule.put("help", Map.of("text", "说明与正反示例见 docs/checks.md 的 " + id + " 一节"));
        rules.add(rule);
      }
      List<Object> results = new ArrayList<>();
      for (Finding f : findings) {
        Map<String, Object> physical = new LinkedHashMap<>();
        physical.put("artifactLocation", Map.of("uri", uri(f.file())));
        if (f.line() > 0) physical.put("region", Map.of("startLine", f.line()));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("ruleId", f.rule());
        result.put("ruleIndex", ruleIds.indexOf(f.rule()));
        result.put("level", f.severity().code());
        result.put("message", Map.of("text", f.message()));
        result.put("locations", List.of(Map.of("physicalLocation", physical)));
        results.add(result);
      }
      Map<String, Object> driver = new LinkedHashMap<>();
      driver.put("name", "regdraft");
      driver.put("rules", rules);
      Map<String, Object> run = new LinkedHashMap<>();
      run.put("tool", Map.of("driver", driver));
      run.put("columnKind", "unicodeCodePoints");
      run.put("results", results);
      Map<String, Object> log = new LinkedHashMap<>();
      log.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
      log.put("version", "2.1.0");
      log.put("runs", List.of(run));
      return Json.write(log) + "\n";
    }
  };

  /**
   * A URI for a file as shown to the user: relative paths stay relative references, absolute ones
   * become file: URIs; each segment percent-encoded (UTF-8), as SARIF wants valid URIs.
   */
  static String uri(String file) {
    String path = file.replace('\\', '/');
    boolean absolute = path.startsWith("/") || path.matches("^[A-Za-z]:/.*");
    String[] parts = path.split("/", -1);
    StringBuilder sb = new StringBuilder(absolute ? (path.startsWith("/") ? "file://" : "file:///") : "");
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) sb.append('/');
      String part = parts[i];
      boolean drive = absolute && i == 0 && part.matches("[A-Za-z]:");
      sb.append(drive ? part : java.net.URLEncoder.encode(part, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
    }
    return sb.toString();
  }

  public abstract String write(List<Finding> findings, int files);
}
