package org.aftersales.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class FixedSeedHookTest {

  @Test
  void appliesOnlyWhenTheSeedPropertyIsSet() {
    String before = System.getProperty(FixedSeedHook.SEED);
    try {
      System.clearProperty(FixedSeedHook.SEED);
      assertThat(new FixedSeedHook().appliesTo(Optional.empty())).isFalse();
      System.setProperty(FixedSeedHook.SEED, "42");
      assertThat(new FixedSeedHook().appliesTo(Optional.empty())).isTrue();
    } finally {
      if (before == null) {
        System.clearProperty(FixedSeedHook.SEED);
      } else {
        System.setProperty(FixedSeedHook.SEED, before);
      }
    }
  }
}
