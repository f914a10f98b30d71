package org.regdraft.render.docx;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Regenerates the shipped reference document from the built-in style definitions ({@link Role}):
 * {@code templates/reference.docx} and its copy bundled in the jar. Run from the project folder
 * after changing a default style (see docs/word.md); a test checks both copies are equal and
 * hold every style.
 */
public final class ReferenceDocGenerator {
  private ReferenceDocGenerator() {}

  public static void main(String[] args) throws Exception {
    byte[] bytes = ReferenceDocument.builtIn().packageBytes();
    for (String target : new String[] {"templates/reference.docx", "src/main/resources/org/regdraft/render/docx/reference.docx"}) {
      Path p = Path.of(target);
      Files.createDirectories(p.getParent());
      Files.write(p, bytes);
      System.out.println("wrote " + p);
    }
  }
}
