package org.regdraft.amend;

import java.util.ArrayList;
import java.util.List;
import org.regdraft.model.ArticleNumber;
import org.regdraft.model.Division;

/**
 * The working copy an application edits: articles, paragraphs, items and sub-items that remember
 * their OLD numbers, and texts made of pieces that remember which came from the decision's
 * quotations ("fresh": already in the new numbering, never rewritten) and which are old text.
 */
final class Work {
  private Work() {}

  /** Text made of pieces; fresh pieces come from quotations and keep their numbers. */
  static final class WText {
    final List<String> texts = new ArrayList<>();
    final List<Boolean> fresh = new ArrayList<>();
    /** Where the text stands in the OLD numbering (第五条第二款), for messages. */
    String where = "";

    WText(String s, boolean isFresh) {
      texts.add(s);
      fresh.add(isFresh);
    }

    String text() {
      return String.join("", texts);
    }

    /** Replaces [from, to) of the whole text with a fresh piece. */
    void splice(int from, int to, String added) {
      List<String> nt = new ArrayList<>();
      List<Boolean> nf = new ArrayList<>();
      int pos = 0;
      boolean inserted = false;
      for (int i = 0; i < texts.size(); i++) {
        String t = texts.get(i);
        int s = pos;
        int e = pos + t.length();
        if (e <= from || s >= to) {
          if (s >= to && !inserted) {
            nt.add(added);
            nf.add(true);
            inserted = true;
          }
          nt.add(t);
          nf.add(fresh.get(i));
        } else {
          if (from > s) {
            nt.add(t.substring(0, from - s));
            nf.add(fresh.get(i));
          }
          if (!inserted) {
            nt.add(added);
            nf.add(true);
            inserted = true;
          }
          if (to < e) {
            nt.add(t.substring(to - s));
            nf.add(fresh.get(i));
          }
        }
        pos = e;
      }
      if (!inserted) {
        nt.add(added);
        nf.add(true);
      }
      texts.clear();
      fresh.clear();
      for (int i = 0; i < nt.size(); i++) {
        if (nt.get(i).isEmpty()) continue;
        texts.add(nt.get(i));
        fresh.add(nf.get(i));
      }
      if (texts.isEmpty()) {
        texts.add("");
        fresh.add(true);
      }
    }

    /** True when [from, to) lies inside old (not fresh) text. */
    boolean isOld(int from, int to) {
      int pos = 0;
      for (int i = 0; i < texts.size(); i++) {
        int s = pos;
        int e = pos + texts.get(i).length();
        if (from >= s && to <= e) return !fresh.get(i);
        pos = e;
      }
      return false;
    }
  }

  static final class WSub {
    final int oldNumber;
    final WText text;

    WSub(int oldNumber, WText text) {
      this.oldNumber = oldNumber;
      this.text = text;
    }
  }

  static final class WItem {
    final int oldNumber;
    WText text;
    List<WSub> subs = new ArrayList<>();
    int newNumber;
    /**
     * The number a quotation gave the item (（二）), 0 for an item of the old text: kept, since a
     * real text may number on across a paragraph that interrupts its items.
     */
    int quotedNumber;

    WItem(int oldNumber, WText text) {
      this.oldNumber = oldNumber;
      this.text = text;
    }
  }

  static final class WPara {
    final int oldIndex;
    WText text;
    List<WItem> items = new ArrayList<>();

    WPara(int oldIndex, WText text) {
      this.oldIndex = oldIndex;
      this.text = text;
    }
  }

  static final class WArticle {
    final ArticleNumber oldNumber; // null for an article from a quotation
    ArticleNumber as; // the number the decision gave it (作为第X条)
    /** Named by an instruction: its text may change. */
    boolean named;
    /** The decision line that gave {@code as}, for messages. */
    int line;
    List<WPara> paras = new ArrayList<>();
    List<Division> chain;
    boolean deleted;
    ArticleNumber newNumber;
    /** The old article's 条旨, kept: a decision never states one (it is not law text). */
    java.util.Optional<org.regdraft.model.ArticleHeading> heading = java.util.Optional.empty();

    WArticle(ArticleNumber oldNumber, List<Division> chain) {
      this.oldNumber = oldNumber;
      this.chain = chain;
    }
  }

}
