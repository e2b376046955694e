package dev.walletgate.bootstrap.bench;

import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Map;

/**
 * Heap bytes allocated by this JVM's live threads, as HotSpot counts them per thread: a snapshot at
 * the start of a window, and the bytes the threads alive at its end allocated since. A thread that
 * ended within the window takes its bytes with it; one started within it counts from its start.
 */
final class ThreadAllocation {
  private final Map<Long, Long> atStart;

  private ThreadAllocation(Map<Long, Long> atStart) {
    this.atStart = atStart;
  }

  /** A snapshot of every live thread's bytes so far; null when the JVM does not count them. */
  static ThreadAllocation start() {
    Map<Long, Long> bytes = snapshot();
    return bytes == null ? null : new ThreadAllocation(bytes);
  }

  /** Bytes allocated since the snapshot by the threads alive now; -1 when not counted. */
  long bytesSince() {
    Map<Long, Long> now = snapshot();
    if (now == null) {
      return -1;
    }
    long total = 0;
    for (Map.Entry<Long, Long> thread : now.entrySet()) {
      total += thread.getValue() - atStart.getOrDefault(thread.getKey(), 0L);
    }
    return total;
  }

  private static Map<Long, Long> snapshot() {
    if (!(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads)
        || !threads.isThreadAllocatedMemorySupported()
        || !threads.isThreadAllocatedMemoryEnabled()) {
      return null;
    }
    long[] ids = threads.getAllThreadIds();
    long[] bytes = threads.getThreadAllocatedBytes(ids);
    Map<Long, Long> snapshot = new HashMap<>();
    for (int i = 0; i < ids.length; i++) {
      // -1: the thread ended between the two calls.
      if (bytes[i] >= 0) {
        snapshot.put(ids[i], bytes[i]);
      }
    }
    return snapshot;
  }
}
