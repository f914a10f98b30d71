package org.regdraft.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.regdraft.RegdraftException;
import org.regdraft.markdown.MarkdownWriter;
import org.regdraft.model.Article;
import org.regdraft.model.ArticleNumber;
import org.regdraft.model.Division;
import org.regdraft.model.DivisionKind;
import org.regdraft.model.Metadata;
import org.regdraft.model.Node;
import org.regdraft.model.Paragraph;
import org.regdraft.model.Regulation;
import org.regdraft.workspace.AtomicFiles;
import org.regdraft.workspace.FileNames;
import org.regdraft.workspace.Workspace;

final class NewCommand implements Callable<Integer>, Declared {
  static final CommandInfo INFO =
      CommandInfo.of(
          "new",
          NewCommand.class,
          "新建一部法规：写出文件头和总则、附则的框架，不覆盖已有文件。");

  Main main;
  String title;
  String kind;
  String issuer;

  @Override
  public void declare(Declaration d) {
    main = d.main();
    d.positional("title", "TITLE", "法规名称，如 安阳市养犬管理条例");
    d.option("kind", "--kind", "KIND", "种类：条例、办法、规定、决定（默认由标题结尾推断）");
    d.option("issuer", "--issuer", "NAME", "制定机关（默认：某某市人民代表大会常务委员会，请修改）");
  }

  @Override
  public Integer call() throws RegdraftException {
    // outside a repository a new regulations/ would appear wherever the user happens to be
    Workspace ws = main.workspace().requireRepository();
    String t = title.strip();
    if (t.isEmpty()) throw new RegdraftException("法规名称不能为空");
    // the title is also the file's H1: a line break would split it and lose the rest
    if (t.codePoints().anyMatch(Character::isISOControl)) throw new RegdraftException("法规名称不能含有换行、制表符等控制字符");
    String k = kind != null ? kind : inferKind(t);
    if (!List.of("条例", "办法", "规定", "决定", "规则", "实施细则").contains(k)) {
      throw new RegdraftException("--kind 应为 条例、办法、规定、决定、规则 或 实施细则，而不是“" + k + "”");
    }
    Path file = ws.regulationsDir().resolve(FileNames.safe(t) + ".md");
    if (Files.exists(file)) throw new RegdraftException("文件已存在，未覆盖：" + ws.display(file));
    AtomicFiles.writeString(file, MarkdownWriter.write(skeleton(t, k, issuer)));
    main.spec.commandLine().getOut().println("已新建：" + ws.display(file));
    return 0;
  }

  static String inferKind(String title) {
    for (String k : List.of("实施细则", "条例", "办法", "规定", "决定", "规则")) if (title.endsWith(k)) return k;
    return "条例";
  }

  static Regulation skeleton(String title, String kind, String issuer) {
    Metadata m =
        new Metadata(kind, issuer == null ? "某某市人民代表大会常务委员会" : issuer, "草案", List.of(), Optional.empty(), Optional.empty(), Map.of(), 0);
    String self = "本" + kind;
    Article first = new Article(ArticleNumber.of(1), List.of(Paragraph.of("为了……，根据……，结合本市实际，制定" + self + "。")), 0);
    Article last = new Article(ArticleNumber.of(2), List.of(Paragraph.of(self + "自　　年　　月　　日起施行。")), 0);
    List<Node> body =
        List.of(
            new Division(DivisionKind.章, 1, "总则", List.of(first), 0),
            new Division(DivisionKind.章, 2, "附则", List.of(last), 0));
    return new Regulation(m, title, body);
  }
}
