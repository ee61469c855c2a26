package cn.wuhan.qualityaward.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Heap use of a run: the most ever in use, sampled every few milliseconds (garbage included, so an
 * upper bound of what the run needs), and what is still alive after a full collection at the end.
 */
final class HeapGauge {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
    private static final AtomicLong PEAK = new AtomicLong();

    static {
        Thread sampler = new Thread(
                () -> {
                    while (true) {
                        PEAK.accumulateAndGet(MEMORY.getHeapMemoryUsage().getUsed(), Math::max);
                        try {
                            Thread.sleep(5);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                },
                "heap-gauge");
        sampler.setDaemon(true);
        sampler.start();
    }

    private HeapGauge() {}

    static void reset() {
        System.gc();
        PEAK.set(MEMORY.getHeapMemoryUsage().getUsed());
    }

    static long peakBytes() {
        return PEAK.get();
    }

    static long liveBytes() {
        System.gc();
        return MEMORY.getHeapMemoryUsage().getUsed();
    }

    static long maxBytes() {
        return Runtime.getRuntime().maxMemory();
    }
}
