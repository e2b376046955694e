package dev.walletgate.application.memory;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/** Undo log of one in-memory transaction: rolling back replays it backwards. */
final class Journal {
  private final Deque<Runnable> undo = new ArrayDeque<>();

  <K, V> void put(Map<K, V> map, K key, V value) {
    boolean had = map.containsKey(key);
    V previous = map.put(key, value);
    undo.push(had ? () -> map.put(key, previous) : () -> map.remove(key));
  }

  <K, V> void remove(Map<K, V> map, K key) {
    if (map.containsKey(key)) {
      V previous = map.remove(key);
      undo.push(() -> map.put(key, previous));
    }
  }

  <E> void append(List<E> list, E element) {
    list.add(element);
    undo.push(() -> list.remove(list.size() - 1));
  }

  void rollback() {
    while (!undo.isEmpty()) {
      undo.pop().run();
    }
  }
}
