package org.regdraft.reliability;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The catalogue of malformed regulation files: each is the sample regulation broken in one way,
 * with the Chinese fragment and exit code {@code regdraft check} must answer with, and how bad it
 * is, which decides what the other commands must do with it (see {@link Kind}).
 */
public final class Malformed {
  /** How far a command can get with the file. */
  public enum Kind {
    /** Cannot even be read as text (binary, too large, not UTF-8, missing): every command refuses. */
    UNREADABLE,
    /** Read, but the reader reports errors: commands that rewrite or compare refuse. */
    MALFORMED,
    /** Read fine, but {@code check} finds errors: {@code check} and {@code save} refuse. */
    INVALID,
    /** Odd but acceptable (BOM, CRLF, warnings only): every command succeeds. */
    ACCEPTED
  }

  /** One malformed file: its bytes, what check says, and how bad it is. */
  public record Case(String name, byte[] bytes, String fragment, int exit, Kind kind) {
    @Override
    public String toString() {
      return name;
    }
  }

  public static final String CONDUCT = "安阳市文明行为促进条例";
  public static final String MEASURES = "安阳市人民代表大会常务委员会讨论、决定重大事项办法";

  private Malformed() {}

  public static String conduct() {
    return read(Path.of("regulations", CONDUCT + ".md"));
  }

  public static String measures() {
    return read(Path.of("regulations", MEASURES + ".md"));
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** Every case; a 20 MB one included, so call once per test class. */
  public static List<Case> all() {
    String c = conduct();
    String m = measures();
    int fmEnd = m.indexOf("\n---\n", 4) + 5;
    String frontMatter = m.substring(0, fmEnd);
    String body = m.substring(fmEnd);
    int first = m.indexOf("第一条");
    List<Case> out = new ArrayList<>();
    // front matter
    out.add(new Case("文件头未结束", utf8(m.substring(0, fmEnd - 4) + body), "缺少标题", 1, Kind.MALFORMED));
    out.add(new Case("文件头 YAML 语法错误", utf8(m.replace("kind: 办法", "kind: [办法")), "文件头（YAML）格式错误", 1, Kind.MALFORMED));
    out.add(new Case("文件头不是键值", utf8("---\n- a\n- b\n---\n" + body), "文件头必须是“键: 值”的形式", 1, Kind.MALFORMED));
    out.add(new Case("文件头日期无效", utf8(m.replace("effective: 公布之日", "effective: 2021-13-45")), "effective 的日期“2021-13-45”无效", 1, Kind.MALFORMED));
    out.add(new Case("文件头键重复", utf8(m.replace("kind: 办法", "kind: 办法\nkind: 条例")), "键重复", 1, Kind.MALFORMED));
    out.add(new Case("文件头缺少 kind", utf8(m.replace("kind: 办法\n", "")), "文件头缺少 kind", 1, Kind.INVALID));
    out.add(new Case("没有文件头", utf8(body), "缺少文件头", 1, Kind.INVALID));
    out.add(new Case("文件头键名拼错", utf8(m.replace("effective:", "efective:")), "“efective”可能是“effective”的笔误", 0, Kind.ACCEPTED));
    out.add(new Case("未知的法规种类", utf8(m.replace("kind: 办法", "kind: 宪法")), "kind“宪法”不是常见的法规种类", 0, Kind.ACCEPTED));
    // title and structure
    out.add(new Case("缺少标题", utf8(frontMatter + body.replaceFirst("(?m)^# .*\n", "")), "缺少标题", 1, Kind.MALFORMED));
    out.add(new Case("项不在条内", utf8(m.substring(0, first) + "（一）孤立的项；\n\n" + m.substring(first)), "项不在任何条之内", 1, Kind.MALFORMED));
    out.add(new Case("段落不在条内", utf8(c.replaceFirst("(## 第一章[^\n]*\n)", "$1\n一段不属于任何条的文字。\n")), "段落不在任何条之内", 1, Kind.MALFORMED));
    out.add(new Case("条不在章内", utf8(articleBeforeFirstChapter(c)), "第一条不在任何章之内", 1, Kind.INVALID));
    out.add(new Case("节不在章内", utf8(m.substring(0, first) + "## 第一节　一般规定\n\n" + m.substring(first)), "第一节不在任何章之内", 1, Kind.INVALID));
    out.add(new Case("无法识别的条序号", utf8(c.replace("第二条　", "第贰条　")), "条序号不连续：此处应为第二条，实为第三条", 1, Kind.INVALID));
    // numbering
    out.add(new Case("条序号重复", utf8(m.replace("第三条　", "第二条　")), "条序号重复：第二条", 1, Kind.INVALID));
    out.add(new Case("条序号跳号", utf8(m.replace("第三条　", "第四条　")), "条序号不连续：此处应为第三条，实为第四条", 1, Kind.INVALID));
    out.add(new Case("章序号跳号", utf8(c.replace("第二章　", "第三章　")), "章序号不连续", 1, Kind.INVALID));
    out.add(new Case("项序号跳号", utf8(c.replace("（二）不在禁烟场所", "（三）不在禁烟场所")), "项序号应为（二），实为（三）", 1, Kind.INVALID));
    out.add(new Case("巨大的条序号", utf8(m.replace("第三条　", "第九千九百九十九万条　")), "条序号不连续", 1, Kind.INVALID));
    out.add(new Case("第X条占位", utf8(m.replace("第三条　", "第X条　")), "条序号未定", 1, Kind.INVALID));
    // text
    out.add(new Case("引号不配对", utf8(m.replaceFirst("。", "“未闭合。")), "没有闭合", 1, Kind.INVALID));
    out.add(new Case("括号不配对", utf8(m.replaceFirst("。", "（未闭合。")), "没有闭合", 1, Kind.INVALID));
    out.add(new Case("引用不存在的条", utf8(c.replace("第四十条", "第四十条").replaceFirst("本条例第十一条", "本条例第九十九条")), "第九十九条", 1, Kind.INVALID));
    // found by HostileInputFuzzIT: an unreadable item number in a citation crashed check
    out.add(new Case("无法识别的项号引用", utf8(c.replaceFirst("本条例第十一条", "本条例第十一条第（十十）项")), "第十一条第X项不存在", 1, Kind.INVALID));
    // encodings and sizes
    out.add(new Case("空文件", new byte[0], "文件为空", 1, Kind.MALFORMED));
    out.add(new Case("只有空白", utf8(" \n\n\t\n"), "文件为空", 1, Kind.MALFORMED));
    out.add(new Case("二进制文件", binary(), "不是文本文件", 2, Kind.UNREADABLE));
    out.add(new Case("UTF-16 文件", m.getBytes(StandardCharsets.UTF_16LE), "不是文本文件", 2, Kind.UNREADABLE));
    out.add(new Case("GBK 文件", m.getBytes(Charset.forName("GBK")), "不是 UTF-8 编码（可能是 GBK）", 2, Kind.UNREADABLE));
    out.add(new Case("20 MB 文件", big(frontMatter), "文件过大（20 MB）", 2, Kind.UNREADABLE));
    out.add(new Case("带 BOM", utf8("\uFEFF" + m), "检查了 1 个文件：0 个错误", 0, Kind.ACCEPTED));
    out.add(new Case("CRLF 换行", utf8(m.replace("\n", "\r\n")), "检查了 1 个文件：0 个错误", 0, Kind.ACCEPTED));
    out.add(new Case("仅 CR 换行", utf8(m.replace("\n", "\r")), "检查了 1 个文件：0 个错误", 0, Kind.ACCEPTED));
    out.add(new Case("控制字符", utf8(m.replaceFirst("。", "\u0007\u0000。")), "不是文本文件", 2, Kind.UNREADABLE));
    return out;
  }

  /** The conduct regulation with 第一条 moved above the heading of 第一章. */
  static String articleBeforeFirstChapter(String c) {
    int chapter = c.indexOf("## 第一章");
    int second = c.indexOf("第二条");
    String between = c.substring(chapter, second);
    int headingEnd = between.indexOf('\n');
    String heading = between.substring(0, headingEnd);
    String rest = between.substring(headingEnd).strip();
    return c.substring(0, chapter) + rest + "\n\n" + heading + "\n\n" + c.substring(second);
  }

  private static byte[] binary() {
    byte[] b = new byte[4096];
    for (int i = 0; i < b.length; i++) b[i] = (byte) (i * 31 + 7);
    return b;
  }

  private static byte[] big(String frontMatter) {
    StringBuilder sb = new StringBuilder(frontMatter).append("\n# 大文件条例\n\n");
    String article = "第一条　" + "文字".repeat(500) + "\n\n";
    long bytes = utf8(sb.toString()).length;
    int articleBytes = utf8(article).length;
    for (; bytes < 20L * 1024 * 1024 + 4096; bytes += articleBytes) sb.append(article);
    return utf8(sb.toString());
  }
}
