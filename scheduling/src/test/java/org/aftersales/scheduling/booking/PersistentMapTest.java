package org.aftersales.scheduling.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The persistent AVL map behaves like a TreeMap, stays balanced and never changes old versions. */
class PersistentMapTest {

  @Property(tries = 300)
  void behavesLikeATreeMapAndKeepsOldVersions(
      @ForAll @Size(max = 300) List<@IntRange(min = -50, max = 50) Integer> ops) {
    PersistentMap<Integer, Integer> map = PersistentMap.empty();
    TreeMap<Integer, Integer> model = new TreeMap<>();
    List<PersistentMap<Integer, Integer>> versions = new ArrayList<>();
    List<TreeMap<Integer, Integer>> snapshots = new ArrayList<>();
    int step = 0;
    for (int k : ops) {
      step++;
      if (k % 3 == 0) {
        map = map.remove(Math.abs(k) % 40);
        model.remove(Math.abs(k) % 40);
      } else {
        map = map.put(Math.abs(k) % 40, step);
        model.put(Math.abs(k) % 40, step);
      }
      versions.add(map);
      snapshots.add(new TreeMap<>(model));
    }
    for (int i = 0; i < versions.size(); i++) {
      assertSame(versions.get(i), snapshots.get(i));
    }
  }

  static void assertSame(PersistentMap<Integer, Integer> map, TreeMap<Integer, Integer> model) {
    assertThat(map.size()).isEqualTo(model.size());
    List<Integer> keys = new ArrayList<>();
    map.forEach((k, v) -> keys.add(k));
    assertThat(keys).containsExactlyElementsOf(model.keySet());
    assertThat(map.values()).containsExactlyElementsOf(model.values());
    for (Map.Entry<Integer, Integer> e : model.entrySet()) {
      assertThat(map.get(e.getKey())).isEqualTo(e.getValue());
    }
    assertThat(map.firstKey()).isEqualTo(model.isEmpty() ? null : model.firstKey());
    List<Integer> range = new ArrayList<>();
    map.forEachInRange(10, 20, (k, v) -> range.add(k));
    assertThat(range).containsExactlyElementsOf(model.subMap(10, 20).keySet());
  }

  @Property(tries = 3)
  void aHundredThousandOrderedInsertsStayShallow(@ForAll @IntRange(min = 1, max = 3) int stride) {
    PersistentMap<Long, Long> map = PersistentMap.empty();
    for (long i = 0; i < 100_000; i++) {
      map = map.put(i * stride, i);
    }
    assertThat(map.size()).isEqualTo(100_000);
    assertThat(map.height()).isLessThanOrEqualTo(25); // AVL: at most 1.44 log2(n)
  }
}
