package org.regdraft.render.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.regdraft.compare.ArticleChange;
import org.regdraft.compare.ChangeKind;
import org.regdraft.compare.Op;
import org.regdraft.compare.PreambleChange;
import org.regdraft.compare.Segment;
import org.regdraft.compare.Segments;
import org.regdraft.compare.UnitChange;
import org.regdraft.compare.UnitKind;
import org.regdraft.markdown.MarkdownWriter;
import org.regdraft.model.Article;
import org.regdraft.model.Caption;
import org.regdraft.model.Division;
import org.regdraft.model.DivisionKind;
import org.regdraft.model.Item;
import org.regdraft.model.Paragraph;
import org.regdraft.model.Regulation;
import org.regdraft.model.SubItem;
import org.regdraft.render.docx.ComparisonBlocks.ArticleBlock;
import org.regdraft.render.docx.ComparisonBlocks.Block;
import org.regdraft.render.docx.ComparisonBlocks.HeadingBlock;

/**
 * Turns regulations and compared blocks into lines: the printed order of title, 题注, 目录,
 * headings and article paragraphs (the same lines as {@code PlainText.lines}), each piece marked
 * equal, deleted or inserted.
 */
final class DiffLines {
  static final String SPACE = "\u3000";
  static final String TOC_TITLE = "目" + SPACE + SPACE + "录";

  private DiffLines() {}

  /** The clean text of one regulation. */
  static List<DiffLine> of(Regulation r) {
    return of(r, Optional.empty());
  }

  /** The clean text of one regulation, with a draft's label （草案） under its title. */
  static List<DiffLine> of(Regulation r, Optional<String> label) {
    List<DiffLine> out = new ArrayList<>();
    out.add(DiffLine.both(Role.TITLE, List.of(Piece.equal(r.title()))));
    label.filter(s -> !s.isBlank()).ifPresent(s -> out.add(DiffLine.both(Role.DRAFT_LABEL, List.of(Piece.equal(s)))));
    String caption = Caption.of(r.metadata());
    if (!caption.isEmpty()) out.add(DiffLine.both(Role.CAPTION, List.of(Piece.equal(caption))));
    for (String p : r.preamble()) out.add(DiffLine.both(Role.ARTICLE, List.of(Piece.equal(p))));
    List<Block> blocks = new ArrayList<>();
    collect(r.body(), 0, blocks);
    if (r.hasDivisions()) {
      out.add(DiffLine.both(Role.TOC_TITLE, List.of(Piece.equal(TOC_TITLE))));
      for (Block b : blocks) if (b instanceof HeadingBlock h) out.add(toc(h));
    }
    for (Block b : blocks) out.addAll(lines(b));
    return out;
  }

  private static void collect(List<org.regdraft.model.Node> nodes, int depth, List<Block> out) {
    for (var n : nodes) {
      if (n instanceof Division d) {
        out.add(new HeadingBlock(Optional.of(d), depth, Optional.of(d), depth, List.of()));
        collect(d.children(), depth + 1, out);
      } else {
        Article a = (Article) n;
        out.add(new ArticleBlock(Optional.empty(), Optional.of(a), Optional.of(a), DiffLine.Move.NONE, 0));
      }
    }
  }

  /** The compared text: title, 题注, 目录 and body of both versions interleaved. */
  static List<DiffLine> of(Regulation oldR, Regulation newR, List<Block> blocks) {
    List<DiffLine> out = new ArrayList<>();
    out.add(DiffLine.both(Role.TITLE, replace(oldR.title(), newR.title(), false)));
    String oc = Caption.of(oldR.metadata());
    String nc = Caption.of(newR.metadata());
    if (!oc.isEmpty() || !nc.isEmpty()) {
      // a 修正 adds 根据……修正 to the 题注: marked character by character, not the whole 题注 replaced
      List<Piece> pieces = new ArrayList<>();
      if (oc.isEmpty() || nc.isEmpty()) pieces = replace(oc, nc, false);
      else for (Segment s : org.regdraft.compare.Compare.characters(oc, nc)) pieces.add(new Piece(s.text(), s.op(), false, false));
      out.add(new DiffLine(Role.CAPTION, !oc.isEmpty(), !nc.isEmpty(), merge(pieces), DiffLine.Move.NONE, 0));
    }
    out.addAll(preamble(PreambleChange.of(oldR.preamble(), newR.preamble())));
    if (oldR.hasDivisions() || newR.hasDivisions()) {
      out.add(new DiffLine(Role.TOC_TITLE, oldR.hasDivisions(), newR.hasDivisions(),
          List.of(new Piece(TOC_TITLE, op(oldR.hasDivisions(), newR.hasDivisions()), false, false)), DiffLine.Move.NONE, 0));
      for (Block b : blocks) if (b instanceof HeadingBlock h) out.add(toc(h));
    }
    for (Block b : blocks) out.addAll(lines(b));
    return out;
  }

  /**
   * The preamble (序言, 引言) in body style after the 题注 and before the 目录: one line per
   * paragraph, a paragraph only in one version inserted or deleted whole.
   */
  static List<DiffLine> preamble(PreambleChange p) {
    List<DiffLine> out = new ArrayList<>();
    for (UnitChange u : p.units()) {
      List<Piece> ps = new ArrayList<>();
      for (Segment s : u.segments()) ps.add(new Piece(s.text(), s.op(), s.consequential(), false));
      if (ps.isEmpty()) continue;
      out.add(new DiffLine(Role.ARTICLE, u.change() != ChangeKind.INSERTED, u.change() != ChangeKind.DELETED, merge(ps), DiffLine.Move.NONE, 0));
    }
    return out;
  }

  private static Op op(boolean inOld, boolean inNew) {
    return inOld && inNew ? Op.EQUAL : inOld ? Op.DELETE : Op.INSERT;
  }

  /** Pieces turning {@code a} into {@code b}: equal, or the whole of one replaced by the other. */
  static List<Piece> replace(String a, String b, boolean consequential) {
    List<Piece> out = new ArrayList<>();
    if (a.equals(b)) {
      if (!a.isEmpty()) out.add(Piece.equal(a));
      return out;
    }
    if (!a.isEmpty()) out.add(new Piece(a, Op.DELETE, consequential, false));
    if (!b.isEmpty()) out.add(new Piece(b, Op.INSERT, consequential, false));
    return out;
  }

  static DiffLine toc(HeadingBlock h) {
    DiffLine l = heading(h);
    int depth = h.newDivision().isPresent() ? h.newDepth() : h.oldDepth();
    return l.withRole(Role.toc(depth));
  }

  static DiffLine heading(HeadingBlock h) {
    Division any = h.newDivision().or(h::oldDivision).orElseThrow();
    Role role = headingRole(any.kind());
    boolean inOld = h.oldDivision().isPresent();
    boolean inNew = h.newDivision().isPresent();
    if (inOld && inNew) {
      Division o = h.oldDivision().get();
      Division n = h.newDivision().get();
      List<Piece> ps = new ArrayList<>();
      // a division renumbered because another was inserted is a consequential change
      ps.addAll(replace(o.label(), n.label(), true));
      ps.addAll(replace(o.name().isEmpty() ? "" : SPACE, n.name().isEmpty() ? "" : SPACE, false));
      ps.addAll(nameDiff(o, n, h.nameSegments()));
      return DiffLine.both(role, merge(ps));
    }
    String text = MarkdownWriter.heading(any);
    return new DiffLine(role, inOld, inNew, List.of(new Piece(text, op(inOld, inNew), false, false)), DiffLine.Move.NONE, 0);
  }

  /**
   * The comparison's diff of the names when it describes them as written; a two-character name is
   * printed spaced (总　　则), so it is replaced whole.
   */
  private static List<Piece> nameDiff(Division o, Division n, List<Segment> segs) {
    boolean usable =
        !segs.isEmpty()
            && Segments.oldText(segs).equals(o.name())
            && Segments.newText(segs).equals(n.name())
            && spacedName(o).equals(o.name())
            && spacedName(n).equals(n.name());
    if (!usable) return replace(spacedName(o), spacedName(n), false);
    List<Piece> out = new ArrayList<>();
    for (Segment s : segs) out.add(new Piece(s.text(), s.op(), s.consequential(), false));
    return out;
  }

  private static String spacedName(Division d) {
    String h = MarkdownWriter.heading(d);
    String label = d.label();
    return h.length() > label.length() ? h.substring(label.length() + 1) : "";
  }

  static Role headingRole(DivisionKind k) {
    return switch (k) {
      case 编 -> Role.HEADING_BIAN;
      case 分编 -> Role.HEADING_FENBIAN;
      case 章 -> Role.HEADING_ZHANG;
      case 节 -> Role.HEADING_JIE;
    };
  }

  static List<DiffLine> lines(Block b) {
    if (b instanceof HeadingBlock h) return List.of(heading(h));
    ArticleBlock a = (ArticleBlock) b;
    if (!a.paired()) {
      boolean old = a.oldArticle().isPresent();
      Article art = old ? a.oldArticle().get() : a.newArticle().get();
      return whole(art, old ? Op.DELETE : Op.INSERT, a.move(), a.moveGroup());
    }
    Optional<ArticleChange> ch = a.change();
    if (ch.isEmpty() || ch.get().units().isEmpty() || ch.get().change() == ChangeKind.UNCHANGED) {
      // no diff to show: the new text, its label marked when the number changed
      List<DiffLine> ls = new ArrayList<>(whole(a.newArticle().get(), Op.EQUAL, DiffLine.Move.NONE, 0));
      String ol = a.oldArticle().get().label();
      String nl = a.newArticle().get().label();
      if (!ol.equals(nl)) {
        DiffLine first = ls.get(0);
        List<Piece> ps = new ArrayList<>(labelPieces(ol, nl, ch.map(ArticleChange::change).orElse(ChangeKind.RENUMBERED)));
        ps.addAll(first.pieces().subList(1, first.pieces().size()));
        ls.set(0, DiffLine.both(first.role(), merge(ps)));
      }
      return ls;
    }
    return fromUnits(ch.get(), a.oldArticle().get(), a.newArticle().get());
  }

  /** An article with every line in one state: kept, deleted or inserted. */
  static List<DiffLine> whole(Article a, Op op, DiffLine.Move move, int group) {
    List<DiffLine> out = new ArrayList<>();
    boolean inOld = op != Op.INSERT;
    boolean inNew = op != Op.DELETE;
    List<Paragraph> ps = a.paragraphs();
    for (int i = 0; i < ps.size(); i++) {
      Paragraph p = ps.get(i);
      if (i == 0) {
        List<Piece> pieces = new ArrayList<>();
        pieces.add(new Piece(a.label() + SPACE, op, false, true));
        if (a.heading().isPresent()) pieces.add(new Piece(a.headingText(), op, false, true));
        if (!p.text().isEmpty()) pieces.add(new Piece(p.text(), op, false, false));
        out.add(new DiffLine(Role.ARTICLE, inOld, inNew, pieces, move, group));
      } else if (!p.text().isEmpty()) {
        out.add(new DiffLine(Role.ARTICLE, inOld, inNew, List.of(new Piece(p.text(), op, false, false)), move, group));
      }
      for (Item it : p.items()) {
        out.add(new DiffLine(Role.ARTICLE, inOld, inNew, List.of(new Piece(it.marker() + it.text(), op, false, false)), move, group));
        for (SubItem s : it.subItems()) {
          out.add(new DiffLine(Role.ARTICLE, inOld, inNew, List.of(new Piece(s.marker() + s.text(), op, false, false)), move, group));
        }
      }
    }
    return out;
  }

  private static List<Piece> labelPieces(String oldLabel, String newLabel, ChangeKind kind) {
    boolean consequential = kind == ChangeKind.RENUMBERED || kind == ChangeKind.MODIFIED || kind == ChangeKind.UNCHANGED
        || kind == ChangeKind.CITATIONS_ADJUSTED;
    List<Piece> out = new ArrayList<>();
    for (Piece p : replace(oldLabel == null ? "" : oldLabel + SPACE, newLabel == null ? "" : newLabel + SPACE,
        consequential && oldLabel != null && newLabel != null)) {
      out.add(p.asLabel());
    }
    return out;
  }

  /**
   * The lines of a paired article from the comparison's aligned units; the 条旨 (黑体, like the
   * label) follows the label, a changed one deleted and inserted whole.
   */
  static List<DiffLine> fromUnits(ArticleChange ch, Article oldArticle, Article newArticle) {
    String oldLabel = oldArticle.label();
    String newLabel = newArticle.label();
    List<DiffLine> out = new ArrayList<>();
    boolean oldStarted = false;
    boolean newStarted = false;
    for (UnitChange u : ch.units()) {
      boolean inOld = u.change() != ChangeKind.INSERTED;
      boolean inNew = u.change() != ChangeKind.DELETED;
      List<Piece> ps = new ArrayList<>();
      boolean oldFirst = inOld && !oldStarted;
      boolean newFirst = inNew && !newStarted;
      if (oldFirst || newFirst) {
        ps.addAll(labelPieces(oldFirst ? oldLabel : null, newFirst ? newLabel : null, ch.change()));
        for (Piece p : replace(oldFirst ? oldArticle.headingText() : "", newFirst ? newArticle.headingText() : "", false)) {
          ps.add(p.asLabel());
        }
      }
      String om = inOld ? u.oldMarker().orElse("") : "";
      String nm = inNew ? u.newMarker().orElse("") : "";
      // an item renumbered because another was inserted before it
      ps.addAll(replace(om, nm, !om.isEmpty() && !nm.isEmpty() && u.kind() != UnitKind.PARAGRAPH));
      for (Segment s : u.segments()) {
        if (!s.text().isEmpty()) ps.add(new Piece(s.text(), s.op(), s.consequential(), false));
      }
      if (inOld) oldStarted = true;
      if (inNew) newStarted = true;
      if (ps.isEmpty()) continue;
      out.add(new DiffLine(Role.ARTICLE, inOld, inNew, merge(ps), DiffLine.Move.NONE, 0));
    }
    return out;
  }

  /** Joins neighbouring pieces of the same kind. */
  static List<Piece> merge(List<Piece> in) {
    List<Piece> out = new ArrayList<>();
    for (Piece p : in) {
      if (p.text().isEmpty()) continue;
      if (!out.isEmpty()) {
        Piece last = out.get(out.size() - 1);
        if (last.op() == p.op() && last.consequential() == p.consequential() && last.label() == p.label()) {
          out.set(out.size() - 1, new Piece(last.text() + p.text(), p.op(), p.consequential(), p.label()));
          continue;
        }
      }
      out.add(p);
    }
    return out;
  }
}
