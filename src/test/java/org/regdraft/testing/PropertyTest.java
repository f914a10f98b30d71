package org.regdraft.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The number of tries the documentation states is the number that runs. */
class PropertyTest {
  private final String saved = System.getProperty("regdraft.tries");

  @AfterEach
  void restore() {
    if (saved == null) System.clearProperty("regdraft.tries");
    else System.setProperty("regdraft.tries", saved);
  }

  private static int runs(int defaultTries, int multiplier) {
    int[] n = {0};
    Property.forAll(defaultTries, multiplier, r -> r.nextInt(), x -> n[0]++);
    return n[0];
  }

  @Test
  void aMultiplierSurvivesTheTriesOfTheIntegrationRun() {
    System.clearProperty("regdraft.tries");
    assertThat(runs(60, 1)).isEqualTo(60);
    assertThat(runs(60, 4)).isEqualTo(240);
    System.setProperty("regdraft.tries", "100");
    assertThat(runs(60, 1)).isEqualTo(100);
    assertThat(runs(60, 4)).isEqualTo(400);
    assertThat(Property.tries(60, 4)).isEqualTo(400);
  }

  @Test
  void aFailureNamesItsSeed() {
    System.clearProperty("regdraft.tries");
    List<Long> seen = new ArrayList<>();
    assertThatThrownBy(() -> Property.forAll(5, r -> r.nextLong(), x -> {
          seen.add(x);
          if (seen.size() == 3) throw new IllegalStateException("坏了");
        }))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("第 3 次，种子 20261131")
        .hasMessageContaining("-Dregdraft.seed=20261131");
  }
}
