package org.regdraft.repo;

import java.util.Optional;
import org.regdraft.model.Regulation;

/**
 * The one-line summary {@code log} prints for a version, e.g. {@code 修改3条，新增1条，删除1条}.
 * An interface so that the comparison engine (package {@code compare}, which aligns renumbered
 * articles) can replace the simple {@link ParagraphChangeSummary} without touching the log.
 */
public interface ChangeSummary {
  /**
   * @param before the previous version, empty for the first one
   * @param after this version, empty when the file was deleted
   */
  String summarize(Optional<Regulation> before, Optional<Regulation> after);
}
