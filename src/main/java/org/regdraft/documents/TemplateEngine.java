package org.regdraft.documents;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.PlainTextOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.ext.beans.BeansWrapper;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.regdraft.RegdraftException;

/**
 * Runs document templates in a sandbox. Templates are user files that travel with a repository,
 * so they are treated as untrusted: no class instantiation ({@code ?new}), no {@code ?api}, no
 * Java methods on data (the data model is only maps, lists, strings, numbers and our own
 * functions, wrapped with {@link BeansWrapper#EXPOSE_NOTHING}), and includes confined to the
 * templates folder and the bundled templates.
 */
public final class TemplateEngine {
  private final Configuration cfg;
  private final Optional<Path> templatesDir;

  public TemplateEngine(Optional<Path> templatesDir) throws RegdraftException {
    this.templatesDir = templatesDir.filter(Files::isDirectory);
    this.cfg = configure(loader(this.templatesDir));
  }

  private static TemplateLoader loader(Optional<Path> dir) throws RegdraftException {
    List<TemplateLoader> loaders = new ArrayList<>();
    if (dir.isPresent()) {
      try {
        // FileTemplateLoader refuses files whose real path leaves the folder (symbolic links)
        loaders.add(new FileTemplateLoader(dir.get().toFile()));
      } catch (IOException e) {
        throw new RegdraftException("无法读取模板文件夹 " + dir.get() + "：" + e.getMessage());
      }
    }
    loaders.add(new ClassTemplateLoader(TemplateEngine.class.getClassLoader(), TemplateCatalog.BUNDLE_ROOT));
    return new MultiTemplateLoader(loaders.toArray(new TemplateLoader[0]));
  }

  static Configuration configure(TemplateLoader loader) {
    Configuration c = new Configuration(Configuration.VERSION_2_3_34);
    c.setTemplateLoader(loader);
    c.setLocalizedLookup(false);
    c.setDefaultEncoding("UTF-8");
    c.setLocale(Locale.SIMPLIFIED_CHINESE);
    c.setNumberFormat("computer");
    c.setBooleanFormat("c");
    // sandbox
    c.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    c.setAPIBuiltinEnabled(false);
    DefaultObjectWrapperBuilder wb = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
    wb.setExposureLevel(BeansWrapper.EXPOSE_NOTHING);
    wb.setUseAdaptersForContainers(true);
    c.setObjectWrapper(wb.build());
    // errors become Chinese messages, never logged stack traces
    c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    c.setLogTemplateExceptions(false);
    c.setWrapUncheckedExceptions(true);
    c.setFallbackOnNullLoopVariable(false);
    c.setAttemptExceptionReporter((te, env) -> {});
    // Markdown output: nothing to escape
    c.setRecognizeStandardFileExtensions(false);
    c.setOutputFormat(PlainTextOutputFormat.INSTANCE);
    c.setAutoEscapingPolicy(Configuration.DISABLE_AUTO_ESCAPING_POLICY);
    return c;
  }

  /**
   * Renders {@code text} as if it started on line {@code firstLine} of the file, so that error
   * line numbers are the file's.
   *
   * @param name the template's name inside the templates folder (relative includes start there)
   * @param display how the file is named in messages
   */
  public String render(String name, String display, String text, int firstLine, Map<String, Object> model)
      throws RegdraftException {
    return render(name, display, text, firstLine, 1, model);
  }

  /** As {@link #render(String, String, String, int, Map)}, the text starting at column {@code firstColumn}. */
  public String render(String name, String display, String text, int firstLine, int firstColumn, Map<String, Object> model)
      throws RegdraftException {
    String padded = "\n".repeat(Math.max(0, firstLine - 1)) + " ".repeat(Math.max(0, firstColumn - 1)) + text;
    Template t;
    try {
      t = new Template(name, display, new StringReader(padded), cfg);
    } catch (freemarker.core.ParseException e) {
      throw TemplateErrors.parse(e, display);
    } catch (IOException e) {
      throw new RegdraftException("无法读取模板 " + display + "：" + e.getMessage());
    }
    StringWriter out = new StringWriter();
    try {
      t.process(model, out);
    } catch (TemplateException e) {
      throw TemplateErrors.runtime(e, display, this::displayIncluded);
    } catch (IOException e) {
      // an <#include> that fails to parse surfaces as ParseException here
      if (e instanceof freemarker.core.ParseException pe) throw TemplateErrors.parse(pe, displayIncluded(pe.getTemplateName()));
      throw new RegdraftException("模板 " + display + " 出错：" + e.getMessage());
    }
    return out.toString();
  }

  /** How an included template (a name in the templates folder) is named in messages. */
  private String displayIncluded(String sourceName) {
    if (sourceName == null) return "（未知模板）";
    if (templatesDir.isPresent() && Files.isRegularFile(templatesDir.get().resolve(sourceName))) {
      return templatesDir.get().resolve(sourceName).toString();
    }
    return sourceName;
  }
}
