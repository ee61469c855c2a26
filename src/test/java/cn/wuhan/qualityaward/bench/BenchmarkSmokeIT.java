package cn.wuhan.qualityaward.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhan.qualityaward.support.TestClassPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The benchmark at a tiny size, so that a change that breaks it fails the build: the whole
 * {@link AwardBenchmark} on H2 in a JVM of its own (as {@code -Pbench} runs it, so that its
 * application context and engine never meet the tests' shared one), 10 nominations through the
 * lifecycle, 200 ranked, 250 open tasks under "my tasks". It asserts nothing about time.
 */
class BenchmarkSmokeIT {

    private static final Path OUT = Path.of("target", "bench", "smoke");
    private static final long MINUTES = 5;

    @Test
    void theBenchmarkRunsToItsEndAtATinySizeAndWritesBothTables() throws Exception {
        Files.createDirectories(OUT);
        Path log = OUT.resolve("benchmark.log");
        Process benchmark = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx512m",
                        "-XX:TieredStopAtLevel=1",
                        "-XX:+UseSerialGC",
                        "-Dfile.encoding=UTF-8",
                        "-cp",
                        TestClassPath.entries(),
                        AwardBenchmark.class.getName(),
                        "--db=h2",
                        "--nominations=10",
                        "--ranking-nominations=200",
                        "--open-tasks=250",
                        "--open-tasks-on=h2",
                        "--queries=5",
                        "--experts=20",
                        "--warm-up=2",
                        "--out=" + OUT)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        boolean ended = benchmark.waitFor(MINUTES, TimeUnit.MINUTES);
        if (!ended) {
            benchmark.destroyForcibly();
        }

        assertThat(ended)
                .as("the benchmark ended within %d minutes, see %s", MINUTES, log)
                .isTrue();
        assertThat(benchmark.exitValue()).as("exit value, see %s", log).isZero();
        assertThat(read("benchmark.md"))
                .contains("| " + AwardBenchmark.RATIO + " | ")
                .contains("| " + AwardBenchmark.MY_TASKS_P95 + " | ");
        List<String> breakdown = Files.readAllLines(OUT.resolve("breakdown.md"), StandardCharsets.UTF_8);
        assertThat(breakdown)
                .anyMatch(line -> line.startsWith("| SQL statements | "))
                .anyMatch(line -> line.startsWith("| history rows written"))
                .anyMatch(line -> line.startsWith("| ACT_RU_TASK | "))
                .anyMatch(line -> line.startsWith("| NOMINATION | "));
    }

    private static String read(String file) throws IOException {
        return Files.readString(OUT.resolve(file), StandardCharsets.UTF_8);
    }
}
