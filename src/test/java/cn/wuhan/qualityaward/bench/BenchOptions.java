package cn.wuhan.qualityaward.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one benchmark run measures; every option is {@code --name=value}:
 *
 * <ul>
 *   <li>{@code --db=h2,postgres} the databases, one after the other;
 *   <li>{@code --nominations=1000} nominations through the whole lifecycle, and floor instances;
 *   <li>{@code --ranking-nominations=10000} evaluated nominations ranked and exported;
 *   <li>{@code --open-tasks=50000} open scoring tasks under the "my tasks" query ({@code 0} skips it);
 *   <li>{@code --open-tasks-on=h2,postgres} the databases on which the "my tasks" query is measured;
 *   <li>{@code --queries=200} timed "my tasks" queries;
 *   <li>{@code --experts=100} experts in the pool;
 *   <li>{@code --seed-threads=3} threads that file the nominations behind the open tasks;
 *   <li>{@code --try-index=create+index+…} an index created between two measures of the "my tasks"
 *       query, the first printed only ({@code +} for spaces);
 *   <li>{@code --warm-up=20} floor instances and nominations run, unmeasured, before the measures;
 *   <li>{@code --out=target/bench} where the tables are written;
 *   <li>{@code --logging.*=…}, {@code --spring.*=…} passed on to the application.
 * </ul>
 */
record BenchOptions(
        List<BenchDatabase> databases,
        int nominations,
        int rankingNominations,
        int openTasks,
        List<BenchDatabase> openTasksOn,
        int queries,
        int experts,
        int seedThreads,
        Map<String, String> springProperties,
        String tryIndex,
        int warmUp,
        Path out) {

    static BenchOptions parse(String... args) {
        List<BenchDatabase> databases = List.of(BenchDatabase.H2, BenchDatabase.POSTGRES);
        List<BenchDatabase> openTasksOn = List.of(BenchDatabase.H2, BenchDatabase.POSTGRES);
        int nominations = 1000;
        int rankingNominations = 10_000;
        int openTasks = 50_000;
        int queries = 200;
        int experts = 100;
        int seedThreads = 3;
        String tryIndex = null;
        int warmUp = 20;
        Path out = Path.of("target", "bench");
        Map<String, String> springProperties = new HashMap<>();
        for (String arg : String.join(" ", args).trim().split("\\s+")) {
            if (arg.isEmpty()) {
                continue;
            }
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            if (pair.length != 2) {
                throw new IllegalArgumentException("expected --name=value, got " + arg);
            }
            if (pair[0].startsWith("spring.") || pair[0].startsWith("logging.")) {
                springProperties.put(pair[0], pair[1]);
                continue;
            }
            switch (pair[0]) {
                case "db" -> databases = BenchDatabase.list(pair[1]);
                case "nominations" -> nominations = Integer.parseInt(pair[1]);
                case "ranking-nominations" -> rankingNominations = Integer.parseInt(pair[1]);
                case "open-tasks" -> openTasks = Integer.parseInt(pair[1]);
                case "open-tasks-on" -> openTasksOn = BenchDatabase.list(pair[1]);
                case "queries" -> queries = Integer.parseInt(pair[1]);
                case "experts" -> experts = Integer.parseInt(pair[1]);
                case "seed-threads" -> seedThreads = Integer.parseInt(pair[1]);
                case "try-index" -> tryIndex = pair[1].replace('+', ' ');
                case "warm-up" -> warmUp = Integer.parseInt(pair[1]);
                case "out" -> out = Path.of(pair[1]);
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        return new BenchOptions(
                databases,
                nominations,
                rankingNominations,
                openTasks,
                new ArrayList<>(openTasksOn),
                queries,
                experts,
                seedThreads,
                springProperties,
                tryIndex,
                warmUp,
                out);
    }

    boolean measuresOpenTasksOn(BenchDatabase database) {
        return openTasks > 0 && openTasksOn.contains(database);
    }
}
