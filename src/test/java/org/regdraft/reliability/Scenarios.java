package org.regdraft.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Bad input that is not a malformed regulation file: revisions that do not exist, a damaged or
 * locked repository, hostile Word files, templates with errors, outputs that cannot be written,
 * command lines that make no sense. Each runs in a fresh repository holding the sample regulation
 * saved once (as 征求意见稿).
 */
public final class Scenarios {
  /** Prepares the repository and returns the command line. */
  public interface Setup {
    String[] prepare(Path repo) throws Exception;
  }

  public record Scenario(String name, Setup setup, String fragment, int exit) {
    @Override
    public String toString() {
      return name;
    }
  }

  static final String REG = Malformed.CONDUCT;

  private Scenarios() {}

  private static Scenario s(String name, String fragment, int exit, Setup setup) {
    return new Scenario(name, setup, fragment, exit);
  }

  private static String[] args(String... a) {
    return a;
  }

  public static List<Scenario> all() {
    List<Scenario> out = new ArrayList<>();
    // revisions
    out.add(s("未知的阶段名", "找不到版本“三审稿”", 2, r -> args("show", REG + "@三审稿")));
    out.add(s("过远的 HEAD~N", "只有 1 个版本，没有 HEAD~5", 2, r -> args("show", REG + "@HEAD~5")));
    out.add(s("无法识别的版本", "版本", 2, r -> args("show", REG + "@HEAD^{tree}:x")));
    out.add(s("早于第一版的日期", "之前还没有版本", 2, r -> args("show", REG + "@1990-01-01")));
    out.add(s("无效的日期", "日期“2020-02-30”无效", 2, r -> args("show", REG + "@2020-02-30")));
    out.add(s("diff 未知版本", "找不到版本“不存在”", 2, r -> args("diff", REG, "不存在")));
    out.add(s("redline 未知版本", "找不到版本“不存在”", 2, r -> args("redline", REG, "征求意见稿", "不存在")));
    // missing files and names
    out.add(s("找不到法规", "找不到法规“不存在的条例”", 2, r -> args("check", "不存在的条例")));
    out.add(s("名称不唯一", "不止对应一部法规", 2, r -> {
      Files.writeString(r.resolve("regulations/安阳市文明行为促进条例修正.md"), Malformed.conduct());
      return args("show", "文明行为");
    }));
    out.add(s("法规是文件夹", "是文件夹", 2, r -> {
      Files.createDirectories(r.resolve("regulations/文件夹.md"));
      return args("check", r.resolve("regulations/文件夹.md").toString());
    }));
    out.add(s("导入不存在的文件", "找不到文件", 2, r -> args("import", r.resolve("没有.txt").toString())));
    out.add(s("--repo 不存在", "--repo 指定的文件夹不存在", 2, r -> args("--repo", r.resolve("没有").toString(), "check")));
    out.add(s("不在仓库中保存", "不是法规仓库", 2, r -> {
      // outside the repository (inside it, git's upward search would find it); removed at exit, deepest first
      Path top = Files.createTempDirectory("regdraft-plain");
      Path plain = Files.createDirectories(top.resolve("普通文件夹/regulations"));
      Path file = Files.writeString(plain.resolve(REG + ".md"), Malformed.conduct());
      for (Path p : List.of(top, plain.getParent(), plain, file)) p.toFile().deleteOnExit();
      return args("--repo", plain.getParent().toString(), "save", "-m", "x");
    }));
    out.add(s("show 不存在的条", "第九十九条", 2, r -> args("show", REG, "第九十九条")));
    out.add(s("show 无法识别的单位", "无法识别的单位", 2, r -> args("show", REG, "第x条")));
    // outputs that cannot be written
    out.add(s("输出路径在普通文件之下", "无法写入", 2, r -> {
      Path file = Files.writeString(r.resolve("普通文件"), "x");
      return args("render", REG, "-o", file.resolve("子文件夹/x.docx").toString());
    }));
    out.add(s("diff 输出路径在普通文件之下", "无法写入", 2, r -> {
      Path file = Files.writeString(r.resolve("普通文件"), "x");
      return args("diff", REG, "征求意见稿", "-o", file.resolve("x.html").toString());
    }));
    out.add(s("out 是普通文件", "无法写入", 2, r -> {
      Files.writeString(r.resolve("out"), "不是文件夹");
      return args("render", REG);
    }));
    out.add(s("不覆盖已有文件", "已存在", 2, r -> {
      Path f = Files.writeString(r.resolve("已有.docx"), "我的文件");
      return args("table", REG, "征求意见稿", "worktree", "-o", f.toString());
    }));
    out.add(s("new 不覆盖已有法规", "文件已存在，未覆盖", 2, r -> args("new", REG)));
    out.add(s("new 空标题", "法规名称不能为空", 2, r -> args("new", "  ")));
    out.add(s("new 只有点的标题", "不能用作文件名", 2, r -> args("new", "..")));
    out.add(s("new 标题含换行", "不能含有换行", 2, r -> args("new", "某市条例\n第一条　夹带")));
    out.add(s("new 过长的标题", "标题过长", 2, r -> args("new", "条".repeat(100))));
    // a damaged or busy repository
    out.add(s("截断的 Git 对象", "Git 仓库已损坏", 2, r -> {
      truncateBlobOf(r);
      return args("show", REG + "@征求意见稿");
    }));
    out.add(s("缺失的分支引用", "还没有保存过版本", 2, r -> {
      Files.delete(branch(r));
      return args("show", REG + "@HEAD");
    }));
    out.add(s("残留的分支锁 main.lock", "请删除锁文件", 2, r -> {
      stale(Files.writeString(branch(r).resolveSibling(branch(r).getFileName() + ".lock"), ""));
      edit(r);
      return args("save", REG, "-m", "修改");
    }));
    out.add(s("被占用的 index.lock", "请删除锁文件", 2, r -> {
      stale(Files.writeString(r.resolve(".git/index.lock"), ""));
      edit(r);
      return args("save", REG, "-m", "修改");
    }));
    out.add(s("合并未完成", "仓库正处于合并中", 2, r -> {
      Files.writeString(r.resolve(".git/MERGE_HEAD"), head(r) + "\n");
      return args("save", REG, "-m", "修改");
    }));
    out.add(s("HEAD 游离", "游离状态", 2, r -> {
      Files.writeString(r.resolve(".git/HEAD"), head(r) + "\n");
      edit(r);
      return args("save", REG, "-m", "修改");
    }));
    out.add(s("无效的阶段名", "阶段名“a/b”无效", 2, r -> args("save", REG, "-m", "x", "--stage", "a/b")));
    out.add(s("无效的起草人", "--author 应写作", 2, r -> args("save", REG, "-m", "x", "--author", "没有邮箱")));
    out.add(s("save 无效日期", "日期“2021-02-30”无效", 2, r -> args("save", REG, "-m", "x", "--date", "2021-02-30")));
    out.add(s("没有远程仓库时同步", "远程", 2, r -> args("sync")));
    // hostile and broken Word files
    out.add(s("不是 zip 的 docx", "文件不是 Word 文档", 2, r -> args("import", write(r, "假.docx", "这不是 Word 文档".getBytes(StandardCharsets.UTF_8)))));
    out.add(s("截断的 docx", "无法读取 Word 文档", 2, r -> {
      byte[] d = docx("第一条　内容。");
      return args("import", write(r, "截断.docx", java.util.Arrays.copyOf(d, d.length / 2)));
    }));
    out.add(s("zip 炸弹", "压缩比可疑", 2, r -> args("import", write(r, "炸弹.docx", zipBomb()))));
    out.add(s("带宏的 docx（vbaProject.bin）", "含有宏", 2, r -> args("import", write(r, "宏.docx", withMacros(docx("第一条　内容。"), false)))));
    out.add(s("docm 内容类型", "含有宏", 2, r -> args("import", write(r, "宏.docm", withMacros(docx("第一条　内容。"), true)), "--from", "docx")));
    out.add(s("没有条文的 docx", "没有找到任何条文", 1, r -> args("import", write(r, "空.docx", docx("只是一段话。")))));
    out.add(s("导入二进制文本", "不是文本", 2, r -> args("import", write(r, "二进制.txt", new byte[] {0, 1, 2, 3, (byte) 0xff, 0}))));
    // templates
    out.add(s("模板语法错误", "模板语法错误", 1, r -> {
      Files.writeString(r.resolve("templates/坏模板.md"), "---\ntype: 坏\ntitle: x\n---\n# ${regulation.title\n");
      return args("doc", "坏模板", REG, "-o", "-");
    }));
    out.add(s("模板缺少值", "缺少值“options.nothing”", 1, r -> {
      Files.writeString(r.resolve("templates/缺值.md"), "---\ntype: 缺\ntitle: x\n---\n# ${options.nothing}\n");
      return args("doc", "缺值", REG, "-o", "-");
    }));
    out.add(s("找不到模板", "找不到模板“不存在”", 2, r -> args("doc", "不存在", REG)));
    // command lines
    out.add(s("未知命令", "未知", 2, r -> args("frobnicate")));
    out.add(s("未知选项", "未知选项：--frob", 2, r -> args("check", "--frob")));
    out.add(s("无效的格式", "参数值无效", 2, r -> args("check", "--format", "xml")));
    out.add(s("缺少 -m", "缺少必需的选项：--message", 2, r -> args("save", REG)));
    out.add(s("参数过多", "参数应为 REG [FROM [TO]] 或 OLD.md NEW.md", 2, r -> args("diff", "a", "b", "c", "d")));
    out.add(s("--set 缺少等号", "的值应写作 KEY=VALUE", 2, r -> args("doc", "公告", REG, "--set", "没有等号")));
    out.add(s("负数的 -n", "-n 应为正整数", 2, r -> args("log", "-n", "-1")));
    out.add(s("asof 无效日期", "日期“明天”无效", 2, r -> args("asof", REG, "明天")));
    out.add(s("无效的标注方式", "--markup 的值“粗体”无效", 2, r -> args("redline", REG, "征求意见稿", "--markup", "粗体")));
    return out;
  }

  static Stream<Scenario> stream() {
    return all().stream();
  }

  static String write(Path r, String name, byte[] bytes) throws IOException {
    return Files.write(r.resolve(name), bytes).toString();
  }

  static void edit(Path r) throws IOException {
    Path f = r.resolve("regulations/" + REG + ".md");
    Files.writeString(f, Files.readString(f).replaceFirst("粗言秽语", "粗言秽语、随地吐痰"));
  }

  /** Dates a lock file back a minute: what a lock left by a killed program looks like. */
  static void stale(Path lock) throws IOException {
    Files.setLastModifiedTime(lock, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(60)));
  }

  /** The branch file HEAD points to (.git/refs/heads/main or master). */
  static Path branch(Path r) throws IOException {
    String ref = Files.readString(r.resolve(".git/HEAD")).strip().replace("ref: ", "");
    return r.resolve(".git").resolve(ref);
  }

  static String head(Path r) throws IOException {
    return Files.readString(branch(r)).strip();
  }

  /** Cuts the loose object of the saved regulation text in half (a crash while git wrote it). */
  static void truncateBlobOf(Path r) throws Exception {
    // the text as saved (save --stage 征求意见稿 set its status to 草案), not the sample as written
    byte[] text = Files.readAllBytes(r.resolve("regulations").resolve(Malformed.CONDUCT + ".md"));
    String id;
    try (var f = new org.eclipse.jgit.lib.ObjectInserter.Formatter()) {
      id = f.idFor(org.eclipse.jgit.lib.Constants.OBJ_BLOB, text).name();
    }
    Path obj = r.resolve(".git/objects").resolve(id.substring(0, 2)).resolve(id.substring(2));
    byte[] b = Files.readAllBytes(obj);
    obj.toFile().setWritable(true);
    Files.write(obj, java.util.Arrays.copyOf(b, b.length / 2));
  }

  /** A real .docx with one paragraph per argument. */
  static byte[] docx(String... paragraphs) throws IOException {
    try (XWPFDocument d = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      d.createParagraph().createRun().setText("某市测试条例");
      for (String p : paragraphs) d.createParagraph().createRun().setText(p);
      d.write(out);
      return out.toByteArray();
    }
  }

  /** The docx with word/vbaProject.bin added; with {@code docm} also the macro-enabled content type. */
  static byte[] withMacros(byte[] docx, boolean docm) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(docx));
        ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        byte[] content = in.readAllBytes();
        if (e.getName().equals("[Content_Types].xml")) {
          String ct = new String(content, StandardCharsets.UTF_8).replace("</Types>",
              "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/></Types>");
          if (docm) {
            ct = ct.replace("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                "application/vnd.ms-word.document.macroEnabled.main+xml");
          }
          content = ct.getBytes(StandardCharsets.UTF_8);
        }
        out.putNextEntry(new ZipEntry(e.getName()));
        out.write(content);
      }
      out.putNextEntry(new ZipEntry("word/vbaProject.bin"));
      out.write("Attribute VB_Name = \"ThisDocument\"\nSub AutoOpen()\nShell \"calc\"\nEnd Sub\n".getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }

  /** A docx whose document.xml inflates from ~100 KB to 100 MB of spaces. */
  static byte[] zipBomb() throws IOException {
    byte[] real = docx("第一条　内容。");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(real));
        ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        byte[] content = in.readAllBytes();
        out.putNextEntry(new ZipEntry(e.getName()));
        if (e.getName().equals("word/document.xml")) {
          String xml = new String(content, StandardCharsets.UTF_8);
          int cut = xml.indexOf("<w:body>") + "<w:body>".length();
          out.write(xml.substring(0, cut).getBytes(StandardCharsets.UTF_8));
          byte[] spaces = new byte[1 << 20];
          java.util.Arrays.fill(spaces, (byte) ' ');
          for (int i = 0; i < 100; i++) out.write(spaces);
          out.write(xml.substring(cut).getBytes(StandardCharsets.UTF_8));
        } else {
          out.write(content);
        }
      }
    }
    return bytes.toByteArray();
  }
}
