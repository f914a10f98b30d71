package org.regdraft.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewStoreTest {
  @TempDir Path root;

  @Test
  void copiesAreNumberedAcrossTheRepositoryAndFoundById() throws Exception {
    ReviewStore store = new ReviewStore(root);
    assertThat(store.nextCopyId()).isEqualTo("R1");
    var p1 = ProposalFileTest.proposal("R1-1", ProposalKind.DELETE, "第二条", 0, "甲", "");
    store.write("甲条例", ProposalFileTest.copy(List.of(p1)));
    assertThat(store.nextCopyId()).isEqualTo("R2");
    var p2 = ProposalFileTest.proposal("R2-1", ProposalKind.INSERT, "第三条", 2, "", "乙");
    var c2 = new ReturnedCopy("R2", "regulations/乙条例.md", "abc", "b.docx", "", "", "2026-12-01", List.of(p2));
    Path f = store.write("乙条例", c2);
    assertThat(f).isEqualTo(root.resolve("reviews/乙条例/R2.yaml"));
    assertThat(store.nextCopyId()).isEqualTo("R3");

    assertThat(store.find("R2-1")).get().extracting(ReviewStore.Stored::title).isEqualTo("乙条例");
    assertThat(store.find("R2-2")).isEmpty();
    assertThat(store.proposals("甲条例")).extracting(Proposal::id).containsExactly("R1-1");

    store.update(store.find("R2-1").get().copy().proposal("R2-1").get().withStatus(ProposalStatus.REJECTED, "与上位法不符"));
    assertThat(store.proposals("乙条例").get(0).status()).isEqualTo(ProposalStatus.REJECTED);
    assertThat(Files.readString(f)).contains("状态: 未采纳", "处理意见: 与上位法不符");
  }

  @Test
  void copiesAreReadInNumberOrderNotNameOrder() throws Exception {
    ReviewStore store = new ReviewStore(root);
    for (int i = 1; i <= 11; i++) {
      String id = store.nextCopyId();
      store.write("甲条例", new ReturnedCopy(id, "regulations/甲条例.md", "abc", i + ".docx", "", "", "2026-12-01", List.of()));
    }
    assertThat(store.copies("甲条例")).extracting(ReturnedCopy::id).startsWith("R1", "R2").endsWith("R10", "R11");
  }
}
