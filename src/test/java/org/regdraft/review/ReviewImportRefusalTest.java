package org.regdraft.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regdraft.review.ReturnedCopies.Op;
import org.regdraft.testing.Cli;

/** What review import refuses: a clear Chinese message, exit 1, nothing written, nothing saved. */
class ReviewImportRefusalTest {
  static final String TITLE = ReviewImportTest.TITLE;
  @TempDir Path root;
  Path sent;
  String head;

  @BeforeEach
  void sendACopy() throws Exception {
    assertThat(Cli.run(root, "init").exitCode()).isZero();
    Files.copy(Path.of("src/test/resources/repo/" + TITLE + ".md"), root.resolve("regulations/" + TITLE + ".md"));
    assertThat(Cli.run(root, "save", "-m", "征求意见稿").exitCode()).isZero();
    sent = root.resolve("sent.docx");
    assertThat(Cli.run(root, "review", "send", TITLE, "-o", sent.toString()).exitCode()).isZero();
    head = head();
  }

  String head() throws Exception {
    try (var git = org.eclipse.jgit.api.Git.open(root.toFile())) {
      return git.getRepository().resolve("HEAD").name();
    }
  }

  void refused(Path file, String... message) throws Exception {
    refused(new String[] {file.toString()}, message);
  }

  void refused(String[] args, String... message) throws Exception {
    String[] all = new String[args.length + 2];
    all[0] = "review";
    all[1] = "import";
    System.arraycopy(args, 0, all, 2, args.length);
    Cli.Result r = Cli.run(root, all);
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
    assertThat(r.err()).contains(message).contains("未导入任何内容").doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(root.resolve("reviews")).doesNotExist();
    assertThat(head()).isEqualTo(head);
  }

  @Test
  void aCorruptedFile() throws Exception {
    byte[] b = Files.readAllBytes(sent);
    Path cut = Files.write(root.resolve("cut.docx"), java.util.Arrays.copyOf(b, b.length / 2));
    refused(cut, "cut.docx：", "损坏");
    Path text = Files.writeString(root.resolve("text.docx"), "这不是 Word 文档");
    refused(text, "text.docx：", "不是有效的 Word 文档");
  }

  @Test
  void aBinaryDoc() throws Exception {
    byte[] ole = new byte[1024];
    byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    System.arraycopy(magic, 0, ole, 0, magic.length);
    refused(Files.write(root.resolve("旧稿.doc"), ole), "旧稿.doc：", ".doc", "另存为");
    refused(Files.write(root.resolve("改了扩展名.docx"), ole), "改了扩展名.docx：", ".doc");
  }

  @Test
  void aCopyWithMacros() throws Exception {
    Path docm = root.resolve("宏.docx");
    Files.write(docm, withPart(Files.readAllBytes(sent), "word/vbaProject.bin", new byte[] {1, 2, 3}));
    refused(docm, "宏.docx：", "宏");
    Path named = Files.copy(sent, root.resolve("返回稿.docm"));
    refused(named, "返回稿.docm：", "宏");
  }

  @Test
  void aCopyOfAnotherRegulation() throws Exception {
    Files.writeString(root.resolve("regulations/安阳市养犬管理条例.md"), "---\nkind: 条例\nissuer: 安阳市人民代表大会常务委员会\nstatus: 草案\n---\n\n# 安阳市养犬管理条例\n\n第一条　为了规范养犬行为，制定本条例。\n\n第二条　本条例自公布之日起施行。\n");
    Cli.Result saved = Cli.run(root, "save", "-m", "养犬");
    assertThat(saved.exitCode()).as(saved.toString()).isZero();
    head = head();
    refused(new String[] {sent.toString(), "--reg", "安阳市养犬管理条例"}, "这是《" + TITLE + "》的审阅稿，不是《安阳市养犬管理条例》的");
    // a copy of the dog regulation without properties, said to be of the conduct regulation
    Path other = root.resolve("other.docx");
    assertThat(Cli.run(root, "review", "send", "安阳市养犬管理条例", "-o", other.toString()).exitCode()).isZero();
    Path stripped = root.resolve("无属性.docx");
    Files.write(stripped, withoutPart(Files.readAllBytes(other), "docProps/custom.xml"));
    refused(new String[] {stripped.toString(), "--reg", TITLE}, "内容与《" + TITLE + "》", "不符");
  }

  @Test
  void aCopyWithoutPropertiesNeedsTheRegulationNamed() throws Exception {
    Path stripped = root.resolve("无属性.docx");
    Files.write(stripped, withoutPart(Files.readAllBytes(sent), "docProps/custom.xml"));
    refused(stripped, "没有 regdraft 的文档属性", "--reg");
    Cli.Result ok = Cli.run(root, "review", "import", stripped.toString(), "--reg", TITLE);
    assertThat(ok.exitCode()).as(ok.toString()).isZero();
  }

  @Test
  void aCopyOfARevisionThisRepositoryDoesNotHave() throws Exception {
    String fake = "0123456789abcdef0123456789abcdef01234567";
    byte[] b = Files.readAllBytes(sent);
    Path foreign = root.resolve("外来.docx");
    Files.write(foreign, replaceInPart(b, "docProps/custom.xml", head, fake));
    refused(foreign, "外来.docx：", "不在本仓库中");
  }

  @Test
  void aCopyOfAnotherRevisionThanTheOneNamed() throws Exception {
    Files.writeString(root.resolve("regulations/" + TITLE + ".md"),
        Files.readString(root.resolve("regulations/" + TITLE + ".md")).replace("制定本条例。", "制定本条例。本条例所称文明行为另有规定的除外。"));
    assertThat(Cli.run(root, "save", "-m", "二稿").exitCode()).isZero();
    head = head();
    refused(new String[] {sent.toString(), "--reg", TITLE + "@HEAD"}, "不是 HEAD");
  }

  @Test
  void oneRefusedCopyStopsTheWholeImport() throws Exception {
    Path good = root.resolve("good.docx");
    try (ReturnedCopies c = new ReturnedCopies(Files.readAllBytes(sent))) {
      int art2 = c.find("第二条");
      c.rewrite(art2, List.of(Op.keep("第二条　本市"), Op.ins("全部", "张三"), Op.keep("行政区域内文明行为的规范和管理及其相关促进工作，适用本条例。")));
      Files.write(good, c.bytes());
    }
    Path bad = Files.writeString(root.resolve("bad.docx"), "坏文件");
    refused(new String[] {good.toString(), bad.toString()}, "bad.docx：");
  }

  static byte[] withPart(byte[] docx, String name, byte[] content) throws Exception {
    return rezip(docx, name, content, null, null);
  }

  static byte[] withoutPart(byte[] docx, String name) throws Exception {
    return rezip(docx, name, null, null, null);
  }

  static byte[] replaceInPart(byte[] docx, String name, String from, String to) throws Exception {
    return rezip(docx, name, null, from, to);
  }

  private static byte[] rezip(byte[] docx, String name, byte[] add, String from, String to) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
        ZipOutputStream z = new ZipOutputStream(out)) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        byte[] b = in.readAllBytes();
        if (e.getName().equals(name)) {
          if (from == null) continue;
          b = new String(b, java.nio.charset.StandardCharsets.UTF_8).replace(from, to).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        z.putNextEntry(new ZipEntry(e.getName()));
        z.write(b);
        z.closeEntry();
      }
      if (add != null) {
        z.putNextEntry(new ZipEntry(name));
        z.write(add);
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
