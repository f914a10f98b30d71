package org.regdraft.check;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.regdraft.model.Article;
import org.regdraft.model.PreambleText;
import org.regdraft.model.Regulation;
import org.regdraft.model.UnitText;

/**
 * “” 《》 （） are balanced and properly nested within an article. A quotation running over
 * several paragraphs opens each with “ and closes only the last with ” (the convention of
 * 修改决定), so an open “ followed by a paragraph starting with “ is that convention, not an error.
 */
public final class BalancedPunctuationRule implements Rule {
  private static final String OPEN = "“《（";
  private static final String CLOSE = "”》）";

  private record Open(char c, int line, Text in) {
    String where() {
      return in.label().get();
    }
  }

  @Override
  public String id() {
    return "balanced-punctuation";
  }

  @Override
  public List<Finding> check(Regulation r, String file) {
    List<Finding> out = new ArrayList<>();
    // the preamble is one unit, as an article is: a quotation may run over its paragraphs
    List<PreambleText> preamble = PreambleText.of(r);
    List<Text> pre = new ArrayList<>();
    for (PreambleText p : preamble) pre.add(new Text(p.text(), p.line(), () -> p.label(preamble.size())));
    check(pre, file, out);
    List<Article> articles = r.articles();
    for (int a = 0; a < articles.size(); a++) {
      List<Text> texts = new ArrayList<>();
      for (UnitText u : UnitText.of(articles.get(a), a)) texts.add(new Text(u.text(), u.line(), u::label));
      check(texts, file, out);
    }
    return out;
  }

  /** A piece of running text, where it is and how messages name it. */
  /** The label is made only for a finding: making it for every text was 7 % of {@code check}. */
  private record Text(String text, int line, java.util.function.Supplier<String> label) {}

  private static void check(List<Text> unit, String file, List<Finding> out) {
    Deque<Open> stack = new ArrayDeque<>();
    for (Text u : unit) {
      String t = u.text();
      if (t.startsWith("“") && !stack.isEmpty() && stack.peek().c() == '“' && stack.peek().line() != u.line()) stack.pop();
      for (int i = 0; i < t.length(); i++) {
        char c = t.charAt(i);
        if (OPEN.indexOf(c) >= 0) {
          stack.push(new Open(c, u.line(), u));
        } else if (CLOSE.indexOf(c) >= 0) {
          char expected = OPEN.charAt(CLOSE.indexOf(c));
          if (!stack.isEmpty() && stack.peek().c() == expected) {
            stack.pop();
          } else if (stack.stream().anyMatch(o -> o.c() == expected)) {
            // an opener inside was never closed: report it and resume at the matching one
            while (stack.peek().c() != expected) {
              Open o = stack.pop();
              out.add(unclosed(file, o));
            }
            stack.pop();
          } else {
            out.add(Finding.error(file, u.line(), "balanced-punctuation",
                u.label().get() + "中的“" + c + "”没有对应的“" + expected + "”"));
          }
        }
      }
    }
    for (Open o : stack) out.add(unclosed(file, o));
  }

  private static Finding unclosed(String file, Open o) {
    return Finding.error(file, o.line(), "balanced-punctuation",
        o.where() + "中的“" + o.c() + "”没有闭合（应有“" + CLOSE.charAt(OPEN.indexOf(o.c())) + "”）");
  }
}
