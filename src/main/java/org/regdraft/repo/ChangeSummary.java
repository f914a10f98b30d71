package org.regdraft.repo;

import java.util.Optional;
import org.regdraft.model.Regulation;

/**
 * The one-line summary {@code log} prints for a version, e.g. {@code 修改3条，新增1条，删除1条}.
 * {@link ArticleChangeSummary} (the comparison engine) is the one {@code log} uses; the interface
 * keeps the log's walk apart from how a pair of versions is summarised.
 */
public interface ChangeSummary {
  /**
   * @param before the previous version, empty for the first one
   * @param after this version, empty when the file was deleted
   */
  String summarize(Optional<Regulation> before, Optional<Regulation> after);
}
