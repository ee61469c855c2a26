package cn.wuhan.qualityaward.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.stream.Stream;

/**
 * Heap use of a run: the peak, as the sum of the heap pools' peaks (an upper bound, since eden
 * counts full of garbage), and what is still alive after a full collection at the end.
 */
final class HeapGauge {

  private HeapGauge() {}

  static void reset() {
    System.gc();
    heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  static long peakBytes() {
    return heapPools().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
  }

  static long liveBytes() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  static long maxBytes() {
    return Runtime.getRuntime().maxMemory();
  }

  private static Stream<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP);
  }
}
