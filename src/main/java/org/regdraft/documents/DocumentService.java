package org.regdraft.documents;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.regdraft.RegdraftException;
import org.regdraft.model.BookTitles;

/**
 * Renders submission documents from templates: finds the template, builds the data model, runs
 * FreeMarker in its sandbox and splits the output into styled paragraphs. Writes nothing.
 */
public final class DocumentService {
  private final TemplateCatalog catalog;
  private final TemplateEngine engine;

  /** @param templatesDir the repository's templates/ (need not exist) */
  public DocumentService(Optional<Path> templatesDir) throws RegdraftException {
    this.catalog = new TemplateCatalog(templatesDir);
    this.engine = new TemplateEngine(templatesDir);
  }

  public TemplateCatalog catalog() {
    return catalog;
  }

  public List<TemplateFile> list() throws RegdraftException {
    return catalog.all();
  }

  public TemplateFile find(String nameOrPath, Path cwd) throws RegdraftException {
    return catalog.find(nameOrPath, cwd);
  }

  public RenderedDocument render(TemplateFile template, DocumentInput input) throws RegdraftException {
    Map<String, Object> model = DataModel.build(input, template);
    String title = frontValue(template, "title", model).orElse(input.regulation().title() + template.type());
    String output = frontValue(template, "output", model).orElse(template.type());
    String text = engine.render(template.name(), template.display(), template.body(), template.bodyLine(), model);
    List<Block> blocks = DocumentMarkdown.parse(text, template.display());
    if (blocks.isEmpty()) throw RegdraftException.content("模板 " + template.display() + " 的输出为空");
    // titles built by concatenation nest 《》 in 《》: written 〈〉 inside, as typesetting wants
    List<Block> nested = new java.util.ArrayList<>();
    for (Block b : blocks) nested.add(nested(b));
    return new RenderedDocument(template.type(), BookTitles.nest(title.strip()), BookTitles.nest(output.strip()), nested);
  }

  /** The block with nested book-title marks as 〈〉, its runs cut where they were. */
  private static Block nested(Block b) {
    String all = b.text();
    String n = BookTitles.nest(all);
    if (n.equals(all)) return b;
    List<Run> runs = new java.util.ArrayList<>();
    int at = 0;
    for (Run r : b.runs()) {
      runs.add(new Run(n.substring(at, at + r.text().length()), r.emphasis()));
      at += r.text().length();
    }
    return new Block(b.style(), runs);
  }

  /** A front-matter value, itself a template ({@code title: ${regulation.title}公告}). */
  private Optional<String> frontValue(TemplateFile t, String key, Map<String, Object> model) throws RegdraftException {
    Optional<String> raw = t.string(key);
    if (raw.isEmpty()) return Optional.empty();
    int line = t.frontLines().getOrDefault(key, 1);
    // the value follows "title: " on its line; quoted values are off by the quote, which is fine
    return Optional.of(engine.render(t.name(), t.display(), raw.get(), line, key.length() + 3, model).strip());
  }

  /** The sink for a file name: .md or .docx. */
  public static DocumentSink sinkFor(String fileName, Optional<Path> templatesDir) throws RegdraftException {
    String lower = fileName.toLowerCase(java.util.Locale.ROOT);
    if (lower.endsWith(".md")) return new DocumentMarkdown.Sink();
    if (lower.endsWith(".docx")) return new org.regdraft.documents.docx.DocxSink(templatesDir);
    if (lower.endsWith(".pdf")) {
      // the Word document, laid out by LibreOffice
      DocumentSink docx = new org.regdraft.documents.docx.DocxSink(templatesDir);
      return new DocumentSink() {
        @Override
        public String extension() {
          return "pdf";
        }

        @Override
        public byte[] write(RenderedDocument d) throws RegdraftException {
          return org.regdraft.render.pdf.PdfExport.convert(docx.write(d), fileName);
        }
      };
    }
    throw new RegdraftException("不支持的输出格式：" + fileName + "（应为 .md、.docx 或 .pdf）");
  }
}
