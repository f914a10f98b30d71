package org.regdraft.amend;

import java.util.List;
import java.util.Optional;

/**
 * A 修改决定: header, numbered instructions and the closing clauses.
 *
 * @param regulationTitle the title inside 《》 (安阳市文明行为促进条例)
 * @param title 安阳市人民代表大会常务委员会关于修改《安阳市文明行为促进条例》的决定
 * @param caption the 题注 in brackets, "" when absent
 * @param preamble ……会议决定对《XX》作如下修改：
 * @param orderAdjusted whether it says 此外，对条文顺序作相应调整。
 * @param effective the clause 本决定自……起施行。 if present
 */
public record Decision(
    String regulationTitle,
    String title,
    String caption,
    String preamble,
    List<Instruction> instructions,
    boolean orderAdjusted,
    Optional<String> effective) {
  public Decision {
    instructions = List.copyOf(instructions);
  }
}
