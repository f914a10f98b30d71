package org.regdraft.amend;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.regdraft.RegdraftException;
import org.regdraft.importer.DecisionFiles;
import org.regdraft.importer.Importer;
import org.regdraft.model.Article;
import org.regdraft.model.ArticleNumber;
import org.regdraft.model.Regulation;

/**
 * Issue 14, over the real decisions in ../shared/decisions: every line of every file parses (an
 * item that cannot be read is an error with its line, never skipped); for the four with an after
 * text, every quotation occurs in it and every article an instruction gives a new number exists in it.
 */
@Tag("integration")
class RealDecisionsIT {
  static Path shared() {
    String p = System.getProperty("regdraft.shared");
    assertThat(p).as("系统属性 regdraft.shared").isNotNull();
    return Path.of(p, "decisions");
  }

  static List<Path> decisions() throws Exception {
    try (Stream<Path> s = Files.list(shared())) {
      return s.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().matches("README.md|FORMULAS.md")).sorted().toList();
    }
  }

  static Decision parse(Path p) throws RegdraftException {
    DecisionFiles.Read read = DecisionFiles.read(p, p.getFileName().toString());
    var result = DecisionParser.parse(read.lines(), p.getFileName().toString());
    assertThat(result.findings()).as(p.getFileName().toString()).isEmpty();
    return result.decision();
  }

  @Test
  void everyLineOfEveryRealDecisionParses() throws Exception {
    List<Path> files = decisions();
    assertThat(files).hasSize(8);
    int instructions = 0;
    for (Path p : files) {
      Decision d = parse(p);
      instructions += d.allInstructions().size();
      String name = p.getFileName().toString();
      if (name.contains("刑法修正案")) {
        assertThat(d.kind()).isEqualTo(Decision.Kind.ACT);
        assertThat(d.shortName()).isEqualTo("刑法");
        assertThat(d.instructions()).hasSize(47);
      }
      if (name.contains("十八件")) assertThat(d.sections()).hasSize(18);
      if (name.contains("废止")) {
        assertThat(d.kind()).isEqualTo(Decision.Kind.REPEAL);
        assertThat(d.sections()).hasSize(4).allMatch(s -> s.instructions().get(0) instanceof Instruction.Repeal);
      }
    }
    assertThat(instructions).isGreaterThan(150);
  }

  @Test
  void everyQuotationOfTheFourDecisionsWithAnAfterTextOccursInIt() throws Exception {
    int checked = 0;
    for (Path p : decisions()) {
      String name = p.getFileName().toString();
      if (!name.startsWith("最高人民法院关于修改《") || name.contains("十八件")) continue;
      Decision d = parse(p);
      Path after = afterFor(d.regulationTitle());
      Regulation r = Importer.importFile(after, after.getFileName().toString(), Importer.Options.auto()).regulation();
      String text = flat(r);
      for (Instruction i : d.allInstructions()) {
        for (String q : quotations(i)) {
          assertThat(text).as(name + " 第" + i.ordinal() + "项").contains(flatten(q));
          checked++;
        }
        for (ArticleNumber n : newNumbers(i)) {
          assertThat(r.article(n)).as(name + " 第" + i.ordinal() + "项：修改后应有" + n.label()).isPresent();
        }
      }
    }
    assertThat(checked).isGreaterThan(20);
  }

  static Path afterFor(String title) throws Exception {
    String t = title.startsWith("最高人民法院") ? title : "最高人民法院" + title;
    try (Stream<Path> s = Files.list(shared().resolve("after"))) {
      return s.filter(p -> p.getFileName().toString().startsWith(t + "(")).findFirst().orElseThrow(() -> new AssertionError("没有修改后文本：" + t));
    }
  }

  static String flat(Regulation r) {
    StringBuilder sb = new StringBuilder(String.join("", r.preamble()));
    for (Article a : r.articles()) sb.append(a.body());
    return flatten(sb.toString());
  }

  /** Without line breaks, spaces and item markers, so a quotation across paragraphs compares. */
  static String flatten(String s) {
    return s.replaceAll("[\\s\\u3000]", "").replace(',', '，').replace(';', '；');
  }

  static List<String> quotations(Instruction i) {
    List<String> out = new ArrayList<>();
    if (i instanceof Instruction.Compound c) {
      for (Instruction p : c.parts()) out.addAll(quotations(p));
    } else if (i instanceof Instruction.ReplaceUnit r) out.addAll(r.lines());
    else if (i instanceof Instruction.AddArticle r) out.addAll(r.lines());
    else if (i instanceof Instruction.InsertArticle r) out.addAll(r.lines());
    else if (i instanceof Instruction.RenumberArticle r) out.addAll(r.lines());
    else if (i instanceof Instruction.MergeArticles r) out.addAll(r.lines());
    else if (i instanceof Instruction.AddParagraph r) out.addAll(r.lines());
    else if (i instanceof Instruction.AddItem r) out.addAll(r.lines());
    else if (i instanceof Instruction.ReplaceText r) out.add(r.to());
    else if (i instanceof Instruction.EditText r) r.pairs().forEach(x -> out.add(x.to()));
    else if (i instanceof Instruction.AppendText r) out.add(r.added());
    else if (i instanceof Instruction.ReplacePart r) out.add(r.text());
    return out;
  }

  static List<ArticleNumber> newNumbers(Instruction i) {
    if (i instanceof Instruction.AddArticle r) return List.of(r.as());
    if (i instanceof Instruction.InsertArticle r) return List.of(r.as());
    if (i instanceof Instruction.RenumberArticle r) return List.of(r.as());
    if (i instanceof Instruction.MergeArticles r) return List.of(r.as());
    if (i instanceof Instruction.AdjustOrder r) return r.moves().stream().map(Instruction.Move::to).toList();
    if (i instanceof Instruction.Compound c) return c.parts().stream().flatMap(p -> newNumbers(p).stream()).toList();
    return List.of();
  }
}
