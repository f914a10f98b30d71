package org.regdraft.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.regdraft.RegdraftException;
import org.regdraft.compare.ChangeKind;
import org.regdraft.compare.Compare;
import org.regdraft.compare.Comparison;
import org.regdraft.importer.ImportResult;
import org.regdraft.importer.Importer;
import org.regdraft.markdown.MarkdownReader;
import org.regdraft.markdown.PlainText;
import org.regdraft.markdown.ReadResult;
import org.regdraft.model.Regulation;
import org.regdraft.render.docx.ComparisonTableDocxWriterTest.Cells;

/**
 * Issue 6: both sample regulations and every regulation of ../shared/corpus render to Word without
 * error, each imported as a user would ({@code regdraft import}, then {@code render} of the
 * Markdown written). Files the importer does not take (decisions without articles, index pages)
 * are counted apart: they are not regulations, so not render failures. One in ten documents is
 * reopened and its paragraphs compared with the model's printed lines; the real pair 北京市审计条例
 * 2017 → 2023 is rendered as redline, tracked changes and comparison table and read back.
 */
@Tag("integration")
class CorpusRenderIT {
  static final ReferenceDocument REFERENCE = ReferenceDocument.bundled();

  static Path corpus() {
    String p = System.getProperty("regdraft.shared");
    assertThat(p).as("系统属性 regdraft.shared").isNotNull();
    Path dir = Path.of(p).resolve("corpus");
    assertThat(dir).as("共享语料目录").isDirectory();
    return dir;
  }

  static List<Path> corpusFiles() throws Exception {
    try (Stream<Path> s = Files.walk(corpus())) {
      return s.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().equals("README.md")).sorted().toList();
    }
  }

  /** The Markdown {@code regdraft import} would write, read back as {@code render} reads it. */
  static Regulation imported(Path f) throws RegdraftException {
    ImportResult r = Importer.importFile(f, f.getFileName().toString(), Importer.Options.auto());
    if (r.hasErrors()) throw new RegdraftException("导入有错误：" + r.findings().get(0).message());
    ReadResult rr = MarkdownReader.read(r.markdown(), f.getFileName().toString());
    assertThat(rr.hasErrors()).as("%s 导入后读回：%s", f, rr.findings()).isFalse();
    return rr.regulation();
  }

  @Test
  void theSampleRegulationsRender() throws Exception {
    for (String title : List.of(Fixtures.CONDUCT, Fixtures.MEASURES)) {
      Regulation r = Fixtures.sample(title);
      DocxInspector d = new DocxInspector(RegulationDocxWriter.write(r, REFERENCE));
      assertThat(d.paragraphs()).isEqualTo(PlainText.lines(r));
      assertThat(d.schemaErrors()).isEmpty();
    }
  }

  @Test
  void everyCorpusRegulationRendersAndASampleReadsBackAsTheModel() throws Exception {
    List<Path> files = corpusFiles();
    assertThat(files).hasSizeGreaterThan(600);
    AtomicInteger rendered = new AtomicInteger();
    AtomicInteger checked = new AtomicInteger();
    AtomicInteger paragraphs = new AtomicInteger();
    Map<String, Integer> notRegulations = new ConcurrentHashMap<>();
    List<String> failures = Collections.synchronizedList(new ArrayList<>());
    long t0 = System.nanoTime();
    java.util.stream.IntStream.range(0, files.size()).parallel().forEach(i -> {
      Path f = files.get(i);
      Regulation r;
      try {
        r = imported(f);
      } catch (RegdraftException e) {
        notRegulations.merge(reason(e.getMessage()), 1, Integer::sum);
        return;
      }
      try {
        byte[] docx = RegulationDocxWriter.write(r, REFERENCE);
        rendered.incrementAndGet();
        if (i % 10 == 0) {
          List<String> expected = PlainText.lines(r);
          List<String> actual = new DocxInspector(docx).paragraphs();
          if (!actual.equals(expected)) {
            failures.add(f + "：Word 中 " + actual.size() + " 段，模型 " + expected.size() + " 段" + firstDifference(expected, actual));
          }
          checked.incrementAndGet();
          paragraphs.addAndGet(actual.size());
        }
      } catch (Exception | AssertionError e) {
        failures.add(f + "：" + e);
      }
    });
    long ms = (System.nanoTime() - t0) / 1_000_000;
    int refused = notRegulations.values().stream().mapToInt(Integer::intValue).sum();
    System.out.println("语料文件 " + files.size() + " 个：生成 Word " + rendered + " 个，其中 " + checked + " 个重新打开核对（共 "
        + paragraphs + " 段与模型一致）；不是法规、导入时拒绝 " + refused + " 个 " + notRegulations + "；失败 " + failures.size()
        + " 个；用时 " + ms + " ms");
    assertThat(failures).as("生成或核对失败的文件").isEmpty();
    assertThat(rendered.get() + refused).isEqualTo(files.size());
    // the corpus holds a few decisions without articles and two index pages, nothing more
    assertThat(refused).isLessThan(files.size() / 20);
  }

  private static String reason(String message) {
    if (message.contains("第X条") || message.contains("没有任何")) return "无条文";
    return message.length() > 30 ? message.substring(0, 30) : message;
  }

  private static String firstDifference(List<String> expected, List<String> actual) {
    for (int k = 0; k < Math.min(expected.size(), actual.size()); k++) {
      if (!expected.get(k).equals(actual.get(k))) return "；第 " + (k + 1) + " 段不同：“" + actual.get(k) + "” 应为 “" + expected.get(k) + "”";
    }
    return "";
  }

  @Test
  void theBeijingAuditPairRendersAsRedlineTrackedChangesAndTable() throws Exception {
    Path dir = corpus().resolve("lawrefbook/北京");
    Regulation from = imported(dir.resolve("北京市审计条例(2017-09-22).md"));
    Regulation to = imported(dir.resolve("北京市审计条例(2023-11-24).md"));
    Comparison c = Compare.compare(from, to);
    Map<ChangeKind, Integer> n = c.counts();
    assertThat(n.get(ChangeKind.MODIFIED)).isPositive();

    // tracked changes: accepting everything gives 2023, rejecting everything 2017
    Revision rev = new Revision("北京市人大常委会法制办公室", ZonedDateTime.of(2023, 11, 24, 0, 0, 0, 0, ZoneId.of("Asia/Shanghai")));
    DocxInspector tracked = new DocxInspector(TrackedChangesDocxWriter.write(c, rev, REFERENCE));
    assertThat(tracked.resolve(true)).isEqualTo(PlainText.lines(to));
    assertThat(tracked.resolve(false)).isEqualTo(PlainText.lines(from));
    assertThat(tracked.schemaErrors()).isEmpty();

    // redline: without the struck runs it is the new text; with the old numbers shown
    // (--show-renumbering), without the bold runs it is the old one
    int caption = to.metadata().history().isEmpty() ? 0 : 1;
    int oldCaption = from.metadata().history().isEmpty() ? 0 : 1;
    DocxInspector redline = new DocxInspector(RedlineDocxWriter.write(c, Markup.STRIKE_BOLD, false, REFERENCE));
    assertThat(RedlineDocxWriterTest.without(redline, DocxInspector.Run::strike))
        .isEqualTo(RedlineDocxWriterTest.withNote(PlainText.lines(to), Markup.STRIKE_BOLD.note(), caption));
    assertThat(redline.schemaErrors()).isEmpty();
    DocxInspector numbered = new DocxInspector(RedlineDocxWriter.write(c, Markup.STRIKE_BOLD, true, REFERENCE));
    assertThat(RedlineDocxWriterTest.without(numbered, DocxInspector.Run::strike))
        .isEqualTo(RedlineDocxWriterTest.withNote(PlainText.lines(to), Markup.STRIKE_BOLD.note(), caption));
    assertThat(RedlineDocxWriterTest.without(numbered, DocxInspector.Run::bold))
        .isEqualTo(RedlineDocxWriterTest.withNote(PlainText.lines(from), Markup.STRIKE_BOLD.note(), oldCaption));

    // table: one row per inserted article marked （新增） on the left, per deleted one （删除） on the right
    byte[] table = ComparisonTableDocxWriter.write(c, false, REFERENCE);
    List<Cells> rows = ComparisonTableDocxWriterTest.rows(table);
    assertThat(rows.get(0)).isEqualTo(new Cells("修改前", "修改后"));
    assertThat(rows.stream().filter(r -> r.left().equals("（新增）")).count()).isEqualTo(n.get(ChangeKind.INSERTED).longValue());
    assertThat(rows.stream().filter(r -> r.right().equals("（删除）")).count()).isEqualTo(n.get(ChangeKind.DELETED).longValue());
    long shown = n.get(ChangeKind.MODIFIED) + n.get(ChangeKind.INSERTED) + n.get(ChangeKind.DELETED) + n.get(ChangeKind.MOVED)
        + n.get(ChangeKind.SPLIT) + n.get(ChangeKind.MERGED);
    long divisions = c.divisions().stream()
        .filter(d -> d.change() != ChangeKind.UNCHANGED && d.change() != ChangeKind.RENUMBERED).count();
    assertThat(rows.size() - 1L).as("对照表的行数：改动的条文和章节各一行").isEqualTo(shown + divisions);
    DocxInspector t = new DocxInspector(table);
    assertThat(t.paragraphs().get(0)).isEqualTo("《北京市审计条例》修改前后对照表");
    assertThat(t.schemaErrors()).isEmpty();
    System.out.println("北京市审计条例 2017→2023：" + n + "；对照表 " + (rows.size() - 1) + " 行");
  }
}
