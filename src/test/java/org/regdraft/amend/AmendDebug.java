package org.regdraft.amend;

import java.util.Optional;
import java.util.Random;
import org.regdraft.compare.Compare;
import org.regdraft.compare.ComparePropertyTest;
import org.regdraft.markdown.MarkdownWriter;

class AmendDebug {
  @org.junit.jupiter.api.Test
  void dbg() throws Exception {
    long seed = Long.getLong("dbg.seed", 20261164L);
    var p = ComparePropertyTest.edited(new Random(seed));
    var c = Compare.compare(p.oldReg(), p.newReg());
    for (var a : c.articles()) System.out.println(a.change() + " " + a.oldLabel() + " -> " + a.newLabel());
    Decision d = AmendmentGenerator.generate(c, AmendRoundTripTest.HEADER);
    System.out.println(DecisionWriter.markdown(d));
    var r = AmendmentApplier.apply(p.oldReg(), d, "d", Optional.empty());
    System.out.println(r.problems());
    System.out.println("=== OLD\n" + Amendments.body(p.oldReg()));
    System.out.println("=== NEW\n" + Amendments.body(p.newReg()));
    r.regulation().ifPresent(g -> System.out.println("=== GOT\n" + Amendments.body(g)));
  }
}
