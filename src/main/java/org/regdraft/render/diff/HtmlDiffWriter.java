package org.regdraft.render.diff;

import java.util.ArrayList;
import java.util.List;
import org.regdraft.compare.ArticleChange;
import org.regdraft.compare.ChangeKind;
import org.regdraft.compare.Comparison;
import org.regdraft.compare.DivisionChange;
import org.regdraft.compare.MetadataChange;
import org.regdraft.compare.Op;
import org.regdraft.compare.Segment;

/**
 * One self-contained review page (no external assets, so it can be mailed or opened offline):
 * inline and side-by-side views with a toggle, a list of the changes, keyboard n/p to step through
 * them, a print style that drops the controls.
 */
public final class HtmlDiffWriter {
  private HtmlDiffWriter() {}

  /** A unit's lines in the inline view and in the side-by-side table. */
  private static void unitLines(StringBuilder main, List<List<Segment>> ls) {
    main.append("<div class=\"inline-view\">\n");
    for (List<Segment> line : ls) main.append("<p>").append(segments(line)).append("</p>\n");
    main.append("</div>\n<table class=\"side-view\"><thead><tr><th>修改前</th><th>修改后</th></tr></thead><tbody>\n");
    for (List<Segment> line : ls) {
      main.append("<tr><td>").append(side(line, Op.DELETE)).append("</td><td>").append(side(line, Op.INSERT)).append("</td></tr>\n");
    }
    main.append("</tbody></table>\n");
  }

  public static String write(Comparison c, String oldName, String newName) {
    String title = c.newRegulation().title() + " 修改比较";
    StringBuilder toc = new StringBuilder();
    StringBuilder main = new StringBuilder();
    int n = 0;
    if (!c.metadata().isEmpty()) {
      n++;
      toc.append(tocItem(n, "文件信息", "metadata"));
      main.append("<section class=\"change\" id=\"c").append(n).append("\" data-kind=\"metadata\"><h3>文件信息</h3>\n<table class=\"meta\"><thead><tr><th>项目</th><th>修改前</th><th>修改后</th></tr></thead><tbody>\n");
      for (MetadataChange m : c.metadata()) {
        main.append("<tr><th>").append(esc(DiffLabels.field(m))).append("</th><td>").append(lines(m.oldValue()))
            .append("</td><td>").append(lines(m.newValue())).append("</td></tr>\n");
      }
      main.append("</tbody></table></section>\n");
    }
    if (c.preamble().shown()) {
      n++;
      toc.append(tocItem(n, DiffLabels.preamble(c), c.preamble().change().code()));
      main.append("<section class=\"change preamble\" id=\"c").append(n).append("\" data-kind=\"").append(c.preamble().change().code())
          .append("\">\n<h3><span class=\"kind k-").append(c.preamble().change().code()).append("\">").append(esc(c.preamble().change().chinese()))
          .append("</span>").append(esc(DiffLabels.preamble(c))).append("</h3>\n");
      unitLines(main, c.preamble().lines());
      main.append("</section>\n");
    }
    for (DivisionChange d : c.divisions()) {
      if (d.change() == ChangeKind.UNCHANGED || d.change() == ChangeKind.RENUMBERED) continue;
      n++;
      toc.append(tocItem(n, DiffLabels.division(d), d.change().code()));
      main.append("<section class=\"change division\" id=\"c").append(n).append("\" data-kind=\"").append(d.change().code())
          .append("\"><h3>").append(esc(DiffLabels.division(d))).append("</h3><p class=\"name\">")
          .append(segments(d.nameSegments())).append("</p></section>\n");
    }
    for (ArticleChange a : c.articles()) {
      if (!DiffLabels.shown(a)) continue;
      n++;
      String heading = DiffLabels.heading(a);
      toc.append(tocItem(n, heading, a.change().code()));
      main.append("<section class=\"change article\" id=\"c").append(n).append("\" data-kind=\"").append(a.change().code())
          .append("\" data-old=\"").append(esc(a.oldLabel())).append("\" data-new=\"").append(esc(a.newLabel())).append("\">\n");
      main.append("<h3><span class=\"kind k-").append(a.change().code()).append("\">").append(esc(a.change().chinese()))
          .append("</span>").append(esc(heading)).append("</h3>\n");
      unitLines(main, DiffLines.of(a));
      main.append("</section>\n");
    }
    List<String> renumbered = DiffLabels.renumbered(c);
    StringBuilder sb = new StringBuilder();
    sb.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"regdraft\">\n<title>").append(esc(title)).append("</title>\n<style>\n")
        .append(CSS).append("</style>\n</head>\n<body class=\"inline\">\n<header>\n<h1>").append(esc(title)).append("</h1>\n")
        .append("<p class=\"versions\">比较：<span class=\"from\">").append(esc(oldName)).append("</span> → <span class=\"to\">")
        .append(esc(newName)).append("</span></p>\n<p class=\"stat\">").append(esc(DiffStat.of(c))).append("</p>\n")
        .append("<nav class=\"tools\" aria-label=\"视图与导航\">")
        .append("<button type=\"button\" id=\"view-inline\" aria-pressed=\"true\">行内对照</button>")
        .append("<button type=\"button\" id=\"view-side\" aria-pressed=\"false\">左右对照</button>")
        .append("<button type=\"button\" id=\"prev\" title=\"快捷键 p\">上一处</button>")
        .append("<button type=\"button\" id=\"next\" title=\"快捷键 n\">下一处</button>")
        .append("<span id=\"pos\" aria-live=\"polite\"></span>")
        .append("<button type=\"button\" id=\"print\">打印</button></nav>\n")
        .append("<p class=\"legend\"><del>删除的文字</del> <ins>增加的文字</ins> <ins class=\"cq\">引用序号相应调整</ins>　快捷键：n 下一处，p 上一处</p>\n</header>\n");
    sb.append("<aside class=\"toc\"><h2>修改目录（").append(n).append("处）</h2>\n<ol>\n").append(toc).append("</ol>\n");
    if (!renumbered.isEmpty()) sb.append("<p><a href=\"#renumbered\">仅序号调整</a></p>\n");
    sb.append("</aside>\n<main>\n").append(main);
    if (n == 0) sb.append("<p class=\"none\">两个版本的条文内容相同。</p>\n");
    if (!renumbered.isEmpty()) {
      sb.append("<section id=\"renumbered\"><h2>仅序号调整</h2><ul>\n");
      for (String r : renumbered) sb.append("<li>").append(esc(r)).append("</li>\n");
      sb.append("</ul></section>\n");
    }
    sb.append("</main>\n<script>\n").append(JS).append("</script>\n</body>\n</html>\n");
    return sb.toString();
  }

  private static String tocItem(int n, String text, String kind) {
    return "<li class=\"k-" + kind + "\"><a href=\"#c" + n + "\">" + esc(text) + "</a></li>\n";
  }

  private static String segments(List<Segment> segs) {
    StringBuilder sb = new StringBuilder();
    for (Segment s : segs) sb.append(segment(s));
    return sb.toString();
  }

  private static String segment(Segment s) {
    String cls = s.consequential() ? " class=\"cq\" title=\"引用序号相应调整\"" : "";
    return switch (s.op()) {
      case EQUAL -> esc(s.text());
      case DELETE -> "<del" + cls + ">" + esc(s.text()) + "</del>";
      case INSERT -> "<ins" + cls + ">" + esc(s.text()) + "</ins>";
    };
  }

  /** One side of a line: equal text and that side's changes. */
  private static String side(List<Segment> line, Op keep) {
    List<Segment> out = new ArrayList<>();
    for (Segment s : line) if (s.op() == Op.EQUAL || s.op() == keep) out.add(s);
    return segments(out);
  }

  private static String lines(String s) {
    return esc(s).replace("\n", "<br>");
  }

  static String esc(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  private static final String CSS = """
      :root { --del: #b3261e; --ins: #1b6e20; --line: #d0d7de; --muted: #57606a; }
      * { box-sizing: border-box; }
      body { margin: 0; font-family: "FangSong", "仿宋", "Noto Serif CJK SC", "Source Han Serif SC", serif; font-size: 17px;
             line-height: 1.8; color: #1f2328; display: grid; grid-template-columns: 16rem 1fr; grid-template-areas: "h h" "t m"; }
      header { grid-area: h; position: sticky; top: 0; z-index: 2; background: #f6f8fa; border-bottom: 1px solid var(--line); padding: .5rem 1rem; }
      header h1 { font-size: 1.3rem; margin: 0; font-family: "SimHei", "黑体", "Noto Sans CJK SC", sans-serif; }
      header p { margin: .1rem 0; }
      .versions, .legend { color: var(--muted); font-size: .9rem; }
      .tools button { font: inherit; font-size: .9rem; margin-right: .3rem; padding: .1rem .6rem; border: 1px solid var(--line); border-radius: 4px; background: #fff; cursor: pointer; }
      .tools button[aria-pressed="true"] { background: #0969da; color: #fff; }
      #pos { margin: 0 .6rem; color: var(--muted); font-size: .9rem; }
      .toc { grid-area: t; border-right: 1px solid var(--line); padding: .5rem 1rem; font-size: .9rem; position: sticky; top: 7.5rem; align-self: start; max-height: calc(100vh - 8rem); overflow: auto; }
      .toc h2 { font-size: 1rem; }
      .toc ol { padding-left: 1.2rem; }
      main { grid-area: m; padding: 0 1.5rem 4rem; max-width: 70rem; }
      section.change { border-bottom: 1px solid var(--line); padding: .5rem 0 1rem; scroll-margin-top: 8rem; }
      section.change.current { background: #fff8c5; }
      h3 { font-size: 1.05rem; font-family: "SimHei", "黑体", "Noto Sans CJK SC", sans-serif; }
      .kind { display: inline-block; font-size: .8rem; padding: 0 .4rem; margin-right: .5rem; border-radius: 3px; background: #eaeef2; }
      .k-inserted .kind, .kind.k-inserted { background: #dafbe1; } .kind.k-deleted { background: #ffebe9; }
      .inline-view p { margin: .2rem 0; text-indent: 2em; }
      del { color: var(--del); text-decoration: line-through; }
      ins { color: var(--ins); font-weight: bold; text-decoration: none; }
      .cq { color: var(--muted); font-weight: normal; }
      table { border-collapse: collapse; width: 100%; }
      td, th { border: 1px solid var(--line); padding: .2rem .5rem; vertical-align: top; text-align: left; }
      .side-view td { width: 50%; }
      body.inline .side-view { display: none; }
      body.side .inline-view { display: none; }
      @media print {
        body { display: block; font-size: 12pt; }
        header { position: static; background: none; }
        .tools, .toc, .legend { display: none; }
        section.change { break-inside: avoid; }
        section.change.current { background: none; }
        del { color: #000; } ins { color: #000; }
      }
      """;

  private static final String JS = """
      (function () {
        'use strict';
        var changes = Array.prototype.slice.call(document.querySelectorAll('section.change'));
        var current = -1;
        var pos = document.getElementById('pos');
        function show(i) {
          if (changes.length === 0) { pos.textContent = '无修改'; return; }
          if (i < 0) i = 0;
          if (i >= changes.length) i = changes.length - 1;
          if (current >= 0) changes[current].classList.remove('current');
          current = i;
          changes[i].classList.add('current');
          changes[i].scrollIntoView({ block: 'start' });
          pos.textContent = '第 ' + (i + 1) + ' 处，共 ' + changes.length + ' 处';
          if (history.replaceState) history.replaceState(null, '', '#' + changes[i].id);
        }
        function view(side) {
          document.body.className = side ? 'side' : 'inline';
          document.getElementById('view-inline').setAttribute('aria-pressed', String(!side));
          document.getElementById('view-side').setAttribute('aria-pressed', String(side));
        }
        document.getElementById('next').addEventListener('click', function () { show(current + 1); });
        document.getElementById('prev').addEventListener('click', function () { show(current - 1); });
        document.getElementById('view-inline').addEventListener('click', function () { view(false); });
        document.getElementById('view-side').addEventListener('click', function () { view(true); });
        document.getElementById('print').addEventListener('click', function () { window.print(); });
        document.addEventListener('keydown', function (e) {
          if (e.ctrlKey || e.metaKey || e.altKey) return;
          var t = e.target && e.target.tagName;
          if (t === 'INPUT' || t === 'TEXTAREA') return;
          if (e.key === 'n' || e.key === 'j') { show(current + 1); e.preventDefault(); }
          else if (e.key === 'p' || e.key === 'k') { show(current - 1); e.preventDefault(); }
          else if (e.key === 's') { view(document.body.className !== 'side'); }
        });
        changes.forEach(function (c, i) {
          var link = document.querySelector('.toc a[href="#' + c.id + '"]');
          if (link) link.addEventListener('click', function () { if (current >= 0) changes[current].classList.remove('current'); current = i; c.classList.add('current'); pos.textContent = '第 ' + (i + 1) + ' 处，共 ' + changes.length + ' 处'; });
        });
        // citations that only followed a renumbering are visited too, but are not 修改
        var knockOn = changes.filter(function (c) { return c.getAttribute('data-kind') === 'citations-adjusted'; }).length;
        var real = changes.length - knockOn;
        pos.textContent = (real ? '共 ' + real + ' 处修改' : '无修改') + (knockOn ? '，另有 ' + knockOn + ' 处引用序号调整' : '');
        document.documentElement.setAttribute('data-ready', 'true');
      })();
      """;
}
