package org.regdraft.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regdraft.RegdraftException;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The text form of a {@link ReturnedCopy}: plain YAML with Chinese keys, one file per returned
 * copy, so that a Git server shows it and a person can correct it by hand (docs/review.md).
 * Writing then reading gives back the same copy, and reading then writing the same bytes.
 */
public final class ProposalFile {
  static final String HEADER = "# regdraft 征求意见：一份返回稿及从中读出的意见（格式见 docs/review.md）\n";

  private ProposalFile() {}

  /** Every scalar stays a string (and null): 2026-12-01 is not a date, 001 not a number. */
  private static final class StringsOnly extends Resolver {
    @Override
    protected void addImplicitResolvers() {
      addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.NULL, NULL, "~nN\0");
      addImplicitResolver(org.yaml.snakeyaml.nodes.Tag.NULL, EMPTY, null);
    }
  }

  private static Yaml loader() {
    LoaderOptions lo = new LoaderOptions();
    lo.setAllowDuplicateKeys(false);
    lo.setMaxAliasesForCollections(10);
    lo.setCodePointLimit(64 * 1024 * 1024);
    return new Yaml(new SafeConstructor(lo), new Representer(new DumperOptions()), new DumperOptions(), lo, new StringsOnly());
  }

  private static Yaml dumper() {
    DumperOptions d = new DumperOptions();
    d.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    d.setAllowUnicode(true);
    d.setIndent(2);
    d.setIndicatorIndent(2);
    d.setIndentWithIndicator(true);
    d.setWidth(Integer.MAX_VALUE);
    d.setSplitLines(false);
    // the default resolver: a string that would read back as a number, date or boolean is quoted
    return new Yaml(new Representer(d), d);
  }

  /** The file's text. */
  public static String format(ReturnedCopy c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("编号", c.id());
    m.put("法规", c.regulation());
    m.put("送出版本", c.sentRevision());
    m.put("来源文件", c.source());
    if (!c.recipient().isEmpty()) m.put("送达", c.recipient());
    if (!c.reviewer().isEmpty()) m.put("提出单位", c.reviewer());
    m.put("导入日期", c.imported());
    List<Object> ps = new ArrayList<>();
    for (Proposal p : c.proposals()) ps.add(toMap(p));
    m.put("意见", ps);
    return HEADER + dumper().dump(m);
  }

  private static Map<String, Object> toMap(Proposal p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("编号", p.id());
    m.put("提出人", p.reviewer());
    if (!p.date().isEmpty()) m.put("日期", p.date());
    m.put("类型", p.kind().label());
    m.put("条文", p.unit());
    if (p.position() >= 0) m.put("位置", Integer.toString(p.position()));
    if (!p.original().isEmpty() || p.kind() != ProposalKind.INSERT) m.put("原文", p.original());
    if (!p.proposed().isEmpty() || p.kind() == ProposalKind.INSERT || p.kind() == ProposalKind.REPLACE || p.kind() == ProposalKind.UNTRACKED) {
      m.put("建议", p.proposed());
    }
    if (!p.comment().isEmpty()) m.put("批注", p.comment());
    if (!p.replies().isEmpty()) {
      List<Object> rs = new ArrayList<>();
      for (Reply r : p.replies()) {
        Map<String, Object> rm = new LinkedHashMap<>();
        rm.put("回复人", r.author());
        if (!r.date().isEmpty()) rm.put("日期", r.date());
        rm.put("内容", r.text());
        rs.add(rm);
      }
      m.put("回复", rs);
    }
    if (!p.anchor().isEmpty()) m.put("上下文", p.anchor());
    if (!p.note().isEmpty()) m.put("说明", p.note());
    m.put("状态", p.status().label());
    if (!p.answer().isEmpty()) m.put("处理意见", p.answer());
    return m;
  }

  /**
   * Reads a file written by {@link #format} (or corrected by hand). {@code file} names it in
   * messages; a problem is reported with its line, exit code 1.
   */
  public static ReturnedCopy parse(String text, String file) throws RegdraftException {
    Object loaded;
    try {
      loaded = loader().load(text);
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
      throw RegdraftException.content(file + ":" + line + ": 意见文件格式错误（YAML）：" + e.getProblem());
    } catch (YAMLException e) {
      throw RegdraftException.content(file + ": 意见文件格式错误（YAML）");
    }
    if (!(loaded instanceof Map<?, ?> m)) throw RegdraftException.content(file + ":1: 意见文件应为“键: 值”的 YAML 映射");
    String regulation = str(m, "法规", file);
    String revision = str(m, "送出版本", file);
    String source = str(m, "来源文件", file);
    List<Proposal> ps = new ArrayList<>();
    Object list = m.get("意见");
    if (list != null && !(list instanceof List<?>)) throw RegdraftException.content(file + ": “意见”应为列表");
    if (list instanceof List<?> l) {
      for (Object o : l) {
        if (!(o instanceof Map<?, ?> pm)) throw RegdraftException.content(file + ": “意见”的每一项应为“键: 值”映射");
        ps.add(proposal(pm, regulation, revision, source, file));
      }
    }
    return new ReturnedCopy(str(m, "编号", file), regulation, revision, source, str(m, "送达", file), str(m, "提出单位", file), str(m, "导入日期", file), ps);
  }

  private static Proposal proposal(Map<?, ?> m, String regulation, String revision, String source, String file) throws RegdraftException {
    String id = str(m, "编号", file);
    String where = id.isEmpty() ? file : file + "（" + id + "）";
    var kind = ProposalKind.parse(str(m, "类型", file))
        .orElseThrow(() -> RegdraftException.content(where + ": “类型”应为 插入、删除、替换、批注 或 未修订的改动，而不是“" + str0(m, "类型") + "”"));
    var status = ProposalStatus.parse(str(m, "状态", file).isEmpty() ? "待处理" : str(m, "状态", file))
        .orElseThrow(() -> RegdraftException.content(where + ": “状态”应为 待处理、采纳、部分采纳、未采纳 或 待定，而不是“" + str0(m, "状态") + "”"));
    int position = -1;
    String pos = str(m, "位置", file);
    if (!pos.isEmpty()) {
      try {
        position = Integer.parseInt(pos.strip());
      } catch (NumberFormatException e) {
        throw RegdraftException.content(where + ": “位置”应为从 0 起的字数，而不是“" + pos + "”");
      }
    }
    List<Reply> replies = new ArrayList<>();
    Object rl = m.get("回复");
    if (rl instanceof List<?> l) {
      for (Object o : l) {
        if (!(o instanceof Map<?, ?> rm)) throw RegdraftException.content(where + ": “回复”的每一项应为“键: 值”映射");
        replies.add(new Reply(str(rm, "回复人", file), str(rm, "日期", file), str(rm, "内容", file)));
      }
    } else if (rl != null) {
      throw RegdraftException.content(where + ": “回复”应为列表");
    }
    return new Proposal(
        id, regulation, revision, source, str(m, "提出人", file), str(m, "日期", file), kind, str(m, "条文", file), position,
        str(m, "上下文", file), str(m, "说明", file), str(m, "原文", file), str(m, "建议", file), str(m, "批注", file), replies,
        status, str(m, "处理意见", file));
  }

  private static String str0(Map<?, ?> m, String key) {
    Object v = m.get(key);
    return v == null ? "" : v.toString();
  }

  private static String str(Map<?, ?> m, String key, String file) throws RegdraftException {
    Object v = m.get(key);
    if (v == null) return "";
    if (v instanceof String s) return s;
    throw RegdraftException.content(file + ": “" + key + "”应为文字");
  }
}
