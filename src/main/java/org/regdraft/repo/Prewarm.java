package org.regdraft.repo;

import org.regdraft.Background;
import org.regdraft.compare.Compare;
import org.regdraft.markdown.MarkdownReader;
import org.regdraft.model.Regulation;

/**
 * Loads and initialises the Markdown reader and the comparison engine on a second thread while
 * the caller reads the repository: in a fresh JVM their first use costs ~0.1 s of class loading
 * and static set-up (flexmark above all) that otherwise waits for the Git work to finish. Only a
 * small built-in text is parsed; nothing of it reaches any output ({@link Background}).
 */
final class Prewarm {
  private static final String TEXT =
      """
      ---
      title: 预热条例
      status: 草案
      ---

      # 预热条例

      ## 第一章　总则

      第一条　为了预热，制定本条例。

      第二条　本条例适用于：
      （一）读取；
      （二）比较。

      ## 第二章　附则

      第三条　本条例自2021年1月1日起施行。
      """;

  private Prewarm() {}

  static void parserAndCompare() {
    Background.start("compare", () -> {
      Regulation a = MarkdownReader.read(TEXT, "prewarm").regulation();
      Regulation b = MarkdownReader.read(TEXT.replace("读取", "读取文本"), "prewarm").regulation();
      Compare.compare(a, b);
    });
  }
}
