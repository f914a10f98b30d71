package org.regdraft.markdown;

import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.CommonmarkInlineParser;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.regdraft.check.Finding;
import org.regdraft.model.Article;
import org.regdraft.model.ArticleBuilder;
import org.regdraft.model.BodyAssembler;
import org.regdraft.model.ArticleNumber;
import org.regdraft.model.ChineseNumerals;
import org.regdraft.model.CitationParser;
import org.regdraft.model.Division;
import org.regdraft.model.DivisionKind;
import org.regdraft.model.Item;
import org.regdraft.model.Metadata;
import org.regdraft.model.Node;
import org.regdraft.model.Paragraph;
import org.regdraft.model.Regulation;
import org.regdraft.model.SubItem;

/**
 * Reads regdraft Markdown into the model. Lenient, as the format says: ASCII spaces after labels,
 * items soft-wrapped inside one Markdown paragraph, {@code 1. } lists as sub-items, CRLF, a BOM.
 * Whatever it cannot place becomes a finding, never silently dropped.
 */
public final class MarkdownReader {
  private static final Parser PARSER =
      Parser.builder(new MutableDataSet().set(Parser.EXTENSIONS, List.of(YamlFrontMatterExtension.create())))
          .customInlineParserFactory(BlocksOnly::new)
          .build();
  /** A sub-item written as a Markdown ordered list item: {@code 1. } or {@code 1) }. */
  private static final Pattern LIST_NUMBER = Pattern.compile("^([0-9]+)[.)]\\s*");

  /**
   * flexmark's inline parser, minus the inline parsing: the reader takes every block's text as
   * written ({@code getChars}), so emphasis, links and entities inside a paragraph are never
   * looked at, and parsing them was a tenth of reading a large regulation. Blocks, and the
   * paragraph pre-processing (reference definitions), are flexmark's own.
   */
  private static final class BlocksOnly extends CommonmarkInlineParser {
    BlocksOnly(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
        Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
        List<InlineParserExtensionFactory> extensions) {
      super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors, extensions);
    }

    @Override
    public void parse(BasedSequence input, com.vladsch.flexmark.util.ast.Node block) {}
  }

  private MarkdownReader() {}

  /**
   * The reader's one-time preparation (flexmark's parser tables and patterns, SnakeYAML): a third
   * of {@code check}'s time on a cold JVM. Commands start it on a second core with {@code
   * Background.start("reader", MarkdownReader::prepare)}: a method reference, so that even this
   * class's initialisation (building the parser) happens on that thread.
   */
  public static void prepare() {
    read("---\ntitle: 预备\n---\n\n# 预备\n\n第一条　预备。\n", "");
  }

  /** Reads {@code text}; {@code file} names the source in findings. */
  public static ReadResult read(String text, String file) {
    String t = normalise(text);
    if (ConflictMarkers.has(t)) return readConflicted(t, file);
    return new Builder(file).read(t);
  }

  /**
   * A file a merge left conflict markers in: read as our side (the other side and the markers
   * blank, so no line is misread as a heading or a block quote and line numbers stay), with one
   * {@code conflict-marker} error per region naming its articles.
   */
  private static ReadResult readConflicted(String t, String file) {
    List<ConflictMarkers.Region> regions = ConflictMarkers.find(t);
    if (regions.isEmpty()) return new Builder(file).read(t);
    ReadResult ours = new Builder(file).read(ConflictMarkers.side(t, regions, true));
    Regulation theirs = new Builder(file).read(ConflictMarkers.side(t, regions, false)).regulation();
    List<List<String>> articles = ConflictMarkers.articles(t, regions, ours.regulation(), theirs);
    List<Finding> findings = new ArrayList<>(ours.findings());
    String title = ours.regulation().title();
    for (int i = 0; i < regions.size(); i++) {
      ConflictMarkers.Region r = regions.get(i);
      List<String> where = articles.get(i);
      String what = where.isEmpty() ? "标题或文件头" : String.join("、", where);
      String resolve = where.isEmpty() || title.isEmpty() ? "" : "，或 regdraft resolve " + title + " " + where.get(0) + " --mine（本机）或 --theirs（服务器）";
      findings.add(Finding.error(file, r.start(), "conflict-marker",
          what + "有尚未解决的合并冲突（第" + r.start() + "至" + r.end() + "行，“<<<<<<<”与“=======”之间是"
              + side("本机", r.oursLabel()) + "的写法，“=======”与“>>>>>>>”之间是" + side("服务器", r.theirsLabel())
              + "的写法）：保留正确的写法并删去三行标记" + resolve + "；regdraft conflicts 列出双方的写法"));
    }
    findings.sort(java.util.Comparator.comparingInt(Finding::line));
    return new ReadResult(ours.regulation(), findings);
  }

  private static String side(String who, String label) {
    if (label.isEmpty()) return who;
    return label.startsWith(who) ? label : who + "（" + label + "）";
  }

  /** Strips a BOM and turns CRLF/CR into LF: the offsets then match lines as editors count them. */
  static String normalise(String text) {
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
    return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
  }

  private static final class Builder {
    private final String file;
    private final List<Finding> findings = new ArrayList<>();
    private Metadata metadata = Metadata.empty();
    private String title = "";
    private final BodyAssembler assembler = new BodyAssembler();
    /** The paragraphs between the title and the first heading or article: the 序言 or 引言. */
    private final List<String> preamble = new ArrayList<>();

    private ArticleBuilder article;

    Builder(String file) {
      this.file = file;
    }

    ReadResult read(String text) {
      Document doc = PARSER.parse(text);
      // flexmark's Document.getLineNumber scans from the start on every call: quadratic on a
      // 700-article file; a table of line starts answers in log time
      LineIndex lineIndex = new LineIndex(text);
      boolean sawBlock = false;
      for (var node = doc.getFirstChild(); node != null; node = node.getNext()) {
        int line = lineIndex.lineOf(node.getStartOffset()) + 1;
        if (node instanceof YamlFrontMatterBlock fm) {
          String raw = fm.getChars().toString();
          int first = raw.indexOf('\n');
          int last = raw.lastIndexOf("\n---");
          String yaml = first >= 0 && last > first ? raw.substring(first + 1, last + 1) : "";
          metadata = FrontMatter.parse(yaml, file, line, findings);
        } else if (node instanceof com.vladsch.flexmark.ast.Heading h) {
          heading(h.getLevel(), h.getText().toString(), line);
        } else if (node instanceof com.vladsch.flexmark.ast.Paragraph p) {
          String[] lines = p.getChars().toString().split("\n");
          lines(lines, line);
        } else if (node instanceof com.vladsch.flexmark.ast.OrderedList ol) {
          for (var li = ol.getFirstChild(); li != null; li = li.getNext()) {
            if (li instanceof com.vladsch.flexmark.ast.OrderedListItem item) {
              int itemLine = lineIndex.lineOf(item.getStartOffset()) + 1;
              String t = item.getChars().toString().strip();
              subItemOrText(LIST_NUMBER.matcher(t).replaceFirst("$1."), itemLine);
            }
          }
        } else if (node instanceof com.vladsch.flexmark.util.ast.BlankLine) {
          continue;
        } else if (node instanceof com.vladsch.flexmark.ast.ThematicBreak) {
          findings.add(Finding.warning(file, line, "markdown", "分隔线（---）没有意义，已忽略；文件头须在文件第一行开始"));
        } else {
          String raw = node.getChars().toString().strip();
          findings.add(
              Finding.error(
                  file,
                  line,
                  "markdown",
                  "不支持的 Markdown 内容（" + kindName(node) + "）：" + abbreviate(raw)));
        }
        sawBlock = true;
      }
      closeArticle();
      List<Node> body = assembler.finish();
      if (title.isEmpty()) {
        findings.add(Finding.error(file, 1, "title", "缺少标题：文件头之后应有一行“# 法规名称”"));
      }
      if (!sawBlock) findings.add(Finding.error(file, 1, "empty", "文件为空"));
      return new ReadResult(new Regulation(metadata, title, preamble, body), findings);
    }

    private static String kindName(com.vladsch.flexmark.util.ast.Node node) {
      if (node instanceof com.vladsch.flexmark.ast.BulletList) return "无序列表";
      if (node instanceof com.vladsch.flexmark.ast.BlockQuote) return "引用块";
      if (node instanceof com.vladsch.flexmark.ast.FencedCodeBlock
          || node instanceof com.vladsch.flexmark.ast.IndentedCodeBlock) return "代码块，可能是行首多了空格";
      if (node instanceof com.vladsch.flexmark.ast.HtmlBlock) return "HTML";
      return node.getClass().getSimpleName();
    }

    private void heading(int level, String text, int line) {
      String t = text.strip();
      Matcher m = Labels.DIVISION.matcher(t);
      if (m.matches()) {
        closeArticle();
        DivisionKind kind = DivisionKind.ofUnit(m.group(2)).orElseThrow();
        int number = number(m.group(1), line, "编章节序号");
        assembler.openDivision(kind, number, Labels.compactName(m.group(3)), line);
        return;
      }
      if (level == 1 && title.isEmpty() && assembler.isEmpty()) {
        title = t;
        return;
      }
      if (level == 1) {
        findings.add(Finding.error(file, line, "title", "只能有一个一级标题（法规名称）：" + abbreviate(t)));
      } else {
        findings.add(
            Finding.error(file, line, "division-label", "标题不是“第X编/章/节 名称”的形式：" + abbreviate(t)));
      }
    }

    private void lines(String[] lines, int firstLine) {
      StringBuilder pending = null;
      int pendingLine = firstLine;
      for (int i = 0; i < lines.length; i++) {
        String l = lines[i].strip();
        if (l.isEmpty()) continue;
        boolean starts =
            Labels.ARTICLE_HEAD.matcher(l).lookingAt()
                || Labels.ITEM_HEAD.matcher(l).lookingAt()
                || Labels.SUB_ITEM_HEAD.matcher(l).lookingAt();
        if (pending == null || starts) {
          if (pending != null) line(pending.toString(), pendingLine);
          pending = new StringBuilder(l);
          pendingLine = firstLine + i;
        } else {
          pending.append(l); // a soft-wrapped continuation: Chinese text joins without a space
        }
      }
      if (pending != null) line(pending.toString(), pendingLine);
    }

    private void line(String l, int line) {
      Matcher m = Labels.ARTICLE_HEAD.matcher(l);
      if (m.lookingAt()) {
        closeArticle();
        int base = number(m.group(1), line, "条序号");
        int sub = m.group(2) == null ? 0 : number(m.group(2), line, "之X序号");
        article = new ArticleBuilder(new ArticleNumber(base, sub), line);
        article.firstParagraph(l.substring(m.end()).strip(), line);
        return;
      }
      m = Labels.ITEM_HEAD.matcher(l);
      if (m.lookingAt()) {
        if (article == null) {
          findings.add(Finding.error(file, line, "structure", "项不在任何条之内：" + abbreviate(l)));
          return;
        }
        article.item(number(m.group(1), line, "项序号"), l.substring(m.end()).strip(), line);
        return;
      }
      subItemOrText(l, line);
    }

    private void subItemOrText(String l, int line) {
      Matcher m = Labels.SUB_ITEM_HEAD.matcher(l);
      if (m.lookingAt() && article != null && article.hasItem()) {
        article.subItem(Integer.parseInt(m.group(1)), l.substring(m.end()).strip(), line);
        return;
      }
      if (article == null) {
        if (isPreamble(l)) {
          preamble.add(l);
          return;
        }
        findings.add(Finding.error(file, line, "structure", "段落不在任何条之内：" + abbreviate(l)));
        return;
      }
      article.paragraph(l, line);
    }

    /**
     * A plain paragraph after the title and before the first heading or article belongs to the
     * preamble. One that looks like a sub-item or a division label does not: it is misplaced
     * structure, reported as it always was.
     */
    private boolean isPreamble(String l) {
      return !title.isEmpty() && assembler.isEmpty() && Labels.canBePreamble(l);
    }

    private int number(String digits, int line, String what) {
      if (ArticleNumber.isPlaceholder(digits)) return 0;
      OptionalInt canonical = ChineseNumerals.parse(digits);
      if (canonical.isPresent()) return canonical.getAsInt();
      OptionalInt lenient = ChineseNumerals.parseLenient(digits);
      if (lenient.isPresent() && CitationParser.isArabic(digits)) {
        // 第8条: legislation numbers in Chinese numerals only. A warning here, so that fmt and
        // renumber still read the file and write the Chinese form; check reports it as an error.
        findings.add(
            Finding.warning(
                file, line, "numeral-arabic", what + "“" + digits + "”用了阿拉伯数字，应写作“" + ChineseNumerals.format(Math.max(1, Math.min(9999, lenient.getAsInt()))) + "”"));
        return lenient.getAsInt();
      }
      if (lenient.isPresent()) {
        findings.add(
            Finding.warning(
                file, line, "numeral", what + "“" + digits + "”不是规范写法，应为“" + ChineseNumerals.format(Math.max(1, Math.min(9999, lenient.getAsInt()))) + "”"));
        return lenient.getAsInt();
      }
      findings.add(Finding.error(file, line, "numeral", what + "“" + digits + "”无法识别"));
      return 0;
    }

    private void closeArticle() {
      if (article == null) return;
      assembler.addArticle(article.build());
      article = null;
    }

  }



  static String abbreviate(String s) {
    return abbreviate(s, 30);
  }

  /**
   * The text on one line, cut after {@code codePoints} characters with “……”: how messages quote
   * the source. Cuts by code point, so a rare character (a surrogate pair) is never split.
   */
  public static String abbreviate(String s, int codePoints) {
    String one = s.replace('\n', ' ');
    return one.codePointCount(0, one.length()) <= codePoints
        ? one
        : one.substring(0, one.offsetByCodePoints(0, codePoints)) + "……";
  }
}
