package org.regdraft.render.docx;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.regdraft.Background;
import org.regdraft.RegdraftException;
import org.regdraft.model.Article;
import org.regdraft.model.ArticleNumber;
import org.regdraft.model.Division;
import org.regdraft.model.DivisionKind;
import org.regdraft.model.Item;
import org.regdraft.model.Metadata;
import org.regdraft.model.Node;
import org.regdraft.model.Paragraph;
import org.regdraft.model.Regulation;

/**
 * The second stage of a two-core pipeline: while the command reads and parses its regulation on
 * the main thread, another thread takes the reference document apart and writes a small throwaway
 * document, so the Word writer's classes are loaded and its loops compiled when the real document
 * comes ({@link Background}: not on one core, nor with -Dregdraft.background=off). Failures
 * are left to the real write, which reports them.
 */
public final class DocxWarmUp implements Runnable {
  /** Enough paragraphs for the JIT to compile the writing loops (C1 compiles after ~200 calls). */
  private static final int ARTICLES = 300;

  private final ReferenceDocument reference;

  private DocxWarmUp(ReferenceDocument reference) {
    this.reference = reference;
  }

  /**
   * The reference document of {@code templatesDir} (or the built-in one), with the writer already
   * getting ready to use it on a second core; call before reading the regulations.
   */
  public static ReferenceDocument reference(Path templatesDir) throws RegdraftException {
    ReferenceDocument reference = ReferenceDocument.forTemplates(Optional.of(templatesDir));
    Background.start("docx", new DocxWarmUp(reference));
    return reference;
  }

  @Override
  public void run() {
    try {
      reference.open(PageLayout.PORTRAIT);
      RegulationDocxWriter.write(sample(), reference);
    } catch (RegdraftException | RuntimeException e) {
      // the real write meets the same problem and reports it
    }
  }

  /** A regulation shaped like a real one: a chapter, articles with a label, paragraphs and items. */
  private static Regulation sample() {
    List<Node> articles = new ArrayList<>();
    for (int i = 1; i <= ARTICLES; i++) {
      Paragraph p = new Paragraph("为了规范本市行政区域内的有关工作，根据有关法律、法规，结合本市实际，制定本条例：", List.of(Item.of(1, "遵守法律、法规；")), 0);
      articles.add(new Article(ArticleNumber.of(i), List.of(p, Paragraph.of("违反本条例规定的，依法处理。")), 0));
    }
    return new Regulation(Metadata.empty(), "预热", List.of(new Division(DivisionKind.章, 1, "总则", articles, 0)));
  }
}
