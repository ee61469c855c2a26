package cn.wuhan.qualityaward.bench;

import cn.wuhan.qualityaward.QualityAwardApplication;
import cn.wuhan.qualityaward.committee.CommitteeService;
import cn.wuhan.qualityaward.common.AwardProperties;
import cn.wuhan.qualityaward.criteria.rubric.Rubric;
import cn.wuhan.qualityaward.cycle.AwardCycleService;
import cn.wuhan.qualityaward.nomination.NominationProcess;
import cn.wuhan.qualityaward.report.RankingReportService;
import cn.wuhan.qualityaward.scoring.ScoringService;
import cn.wuhan.qualityaward.support.AwardScenario;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The award's benchmark: on each database, the engine's floor for one nomination's user tasks, the
 * award lifecycle of N nominations, ranking and export, and an expert's "my tasks" query among many
 * open tasks. Prints one table and writes it to {@code target/bench/benchmark.md}; prints the cost
 * breakdown of the floor and the lifecycle (SQL statements, history rows, jobs and timers per
 * nomination, see {@link CostBreakdown}) and writes it to {@code target/bench/breakdown.md}.
 *
 * <pre>./mvnw -Pbench verify -Dbench.args="--db=h2,postgres --nominations=1000"</pre>
 *
 * Options are listed in {@link BenchOptions}.
 */
public final class AwardBenchmark {

    static final String FLOOR = "engine floor, per nomination (ms)";
    static final String LIFECYCLE = "award lifecycle, per nomination (ms)";
    static final String RATIO = "lifecycle ÷ floor";
    static final String RANK_N = "rank + .xlsx, lifecycle's N nominations (ms)";
    static final String RANK_LARGE = "rank + .xlsx, seeded nominations (ms)";
    static final String MY_TASKS_MEDIAN = "\"my tasks\" median (ms)";
    static final String MY_TASKS_P95 = "\"my tasks\" p95 (ms)";
    static final String HEAP = "heap: peak used / live at end (MB)";

    private static final int TURN = 50;

    private AwardBenchmark() {}

    public static void main(String[] args) throws IOException {
        BenchOptions options = BenchOptions.parse(args);
        ResultTable table = new ResultTable(options.databases());
        table.define("nominations through the lifecycle (N)", "default 1,000");
        table.define(FLOOR, "–");
        table.define(LIFECYCLE, "–");
        table.define(RATIO, "≤ 1.5");
        table.define(RANK_N, "–");
        table.define(RANK_LARGE, "≤ 1,000 for 10,000");
        table.define(MY_TASKS_MEDIAN, "–");
        table.define(MY_TASKS_P95, "≤ 100 at 50,000 open tasks");
        table.define(HEAP, "≤ 512");
        List<String> breakdowns = new ArrayList<>();
        for (BenchDatabase database : options.databases()) {
            runOn(database, options, table, breakdowns);
        }
        String report = report(options, table);
        String breakdown = String.join("\n", breakdowns);
        System.out.println();
        System.out.println(report);
        System.out.println(breakdown);
        Path out = options.out();
        Files.createDirectories(out);
        Files.writeString(out.resolve("benchmark.md"), report, StandardCharsets.UTF_8);
        Files.writeString(out.resolve("breakdown.md"), breakdown, StandardCharsets.UTF_8);
        System.exit(0);
    }

    private static void runOn(
            BenchDatabase database, BenchOptions options, ResultTable table, List<String> breakdowns) {
        Map<String, Object> properties = new HashMap<>(database.start());
        properties.put("camunda.bpm.job-execution.enabled", false);
        properties.put("camunda.bpm.admin-user.id", "admin");
        properties.put("camunda.bpm.admin-user.password", "bench");
        properties.put("logging.level.root", "WARN");
        properties.put("spring.main.banner-mode", "off");
        properties.put("server.port", 0);
        properties.putAll(options.springProperties());
        HeapGauge.reset();
        StatementCounter counter = new StatementCounter();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(QualityAwardApplication.class)
                .profiles("bench")
                .initializers(counting(counter))
                .run(asArguments(properties))) {
            new Run(database, options, table, context, counter, breakdowns).all();
        } finally {
            database.stop();
        }
    }

    /** Every data source of the application, the engine's and the award's, reports to the counter. */
    private static ApplicationContextInitializer<ConfigurableApplicationContext> counting(StatementCounter counter) {
        return context -> context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)
                        ? counter.wrap(dataSource)
                        : bean;
            }
        });
    }

    /** As command-line arguments, which take precedence over application.yaml. */
    private static String[] asArguments(Map<String, Object> properties) {
        return properties.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
    }

    private static String report(BenchOptions options, ResultTable table) {
        return "Award benchmark, "
                + ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                + "\n\n"
                + table.markdown()
                + "\n"
                + String.format(
                        Locale.ROOT,
                        "N = %,d nominations, 5 experts each, %d experts in the pool; ranking of %,d seeded nominations;"
                                + " \"my tasks\": %,d open scoring tasks (filed, reviewed and assigned by %d threads), %d queries,"
                                + " page of %d.%n",
                        options.nominations(),
                        options.experts(),
                        options.rankingNominations(),
                        options.openTasks(),
                        options.seedThreads(),
                        options.queries(),
                        MyTasksQuery.PAGE)
                + Machine.describe()
                + "\n";
    }

    /** The measures on one database, in one application context. */
    private record Run(
            BenchDatabase database,
            BenchOptions options,
            ResultTable table,
            ConfigurableApplicationContext context,
            StatementCounter counter,
            List<String> breakdowns) {

        void all() {
            ProcessEngine engine = context.getBean(ProcessEngine.class);
            AwardScenario scenario = context.getAutowireCapableBeanFactory().createBean(AwardScenario.class);
            int panelSize = context.getBean(AwardProperties.class).panel().size();
            scenario.ensureUsers(options.experts());
            List<String> experts = IntStream.rangeClosed(1, options.experts())
                    .mapToObj(i -> "expert" + i)
                    .toList();
            log("%s: users ready", database.label());

            EngineFloor floor = new EngineFloor(engine, experts.subList(0, panelSize));
            floor.deploy();
            floor.run(options.warmUp());
            LifecycleRun warmUp = lifecycle(engine, scenario);
            String warmUpCycle = warmUp.open(scenario.newCycleId());
            warmUp.fileAndScore(warmUpCycle, 0, options.warmUp());
            RankingExport export = new RankingExport(
                    context.getBean(RankingReportService.class), context.getBean(AwardCycleService.class));
            export.time(warmUpCycle, options.warmUp());
            log("warmed up");

            // floor and lifecycle take turns, so that both meet the same load from whatever else runs
            int n = options.nominations();
            long floorNanos = 0;
            StatementCounter.Tally floorCost = new StatementCounter.Tally();
            StatementCounter.Tally lifecycleCost = new StatementCounter.Tally();
            JobLog jobLog = new JobLog(context.getBean(JdbcTemplate.class));
            JobLog.Snapshot jobsBefore = jobLog.read();
            LifecycleRun lifecycle = lifecycle(engine, scenario);
            String cycleId = counter.during(lifecycleCost, () -> lifecycle.open(scenario.newCycleId()));
            for (int from = 0; from < n; from += TURN) {
                int first = from;
                int count = Math.min(TURN, n - from);
                floorNanos += counter.during(floorCost, () -> floor.run(count));
                counter.during(lifecycleCost, () -> {
                    lifecycle.fileAndScore(cycleId, first, count);
                    return null;
                });
            }
            counter.during(lifecycleCost, () -> {
                lifecycle.closeNominations();
                return null;
            });
            double floorMs = floorNanos / 1e6 / n;
            log("floor: %.1f ms per instance of %d user tasks", floorMs, floor.userTasksPerInstance());
            double rankN = export.time(cycleId, n) / 1e6;
            counter.during(lifecycleCost, () -> {
                lifecycle.decide(cycleId);
                return null;
            });
            CostBreakdown breakdown =
                    new CostBreakdown(floorCost, lifecycleCost, jobLog.read().minus(jobsBefore), n);
            if (breakdown.lifecycleStatementsPerNomination() == 0) {
                throw new IllegalStateException("no SQL statement counted: the data source is not the counted one");
            }
            breakdowns.add(breakdown.markdown(database.label()));
            double lifecycleMs = lifecycle.nanos() / 1e6 / n;
            log(
                    "lifecycle: %.1f ms per nomination (%s); rank + export %d: %.0f ms",
                    lifecycleMs, lifecycle.phases(), n, rankN);

            table.put("nominations through the lifecycle (N)", database, String.format(Locale.ROOT, "%,d", n));
            table.put(FLOOR, database, format(floorMs));
            table.put(LIFECYCLE, database, format(lifecycleMs));
            table.put(RATIO, database, String.format(Locale.ROOT, "%.2f", lifecycleMs / floorMs));
            table.put(RANK_N, database, String.format(Locale.ROOT, "%.0f", rankN));

            if (options.rankingNominations() > 0) {
                String seeded = scenario.newCycleId();
                new EvaluatedCycleSeed(
                                context.getBean(JdbcTemplate.class),
                                context.getBean(AwardCycleService.class),
                                context.getBean(Rubric.class),
                                experts)
                        .seed(seeded, options.rankingNominations(), panelSize);
                StatementCounter.Tally exportCost = new StatementCounter.Tally();
                long[] runs = {
                    counter.during(exportCost, () -> export.time(seeded, options.rankingNominations())),
                    export.time(seeded, options.rankingNominations()),
                    export.time(seeded, options.rankingNominations())
                };
                Arrays.sort(runs);
                breakdowns.add(CostBreakdown.statementsMarkdown(
                        String.format(
                                Locale.ROOT,
                                "rank + .xlsx of %,d seeded nominations, once",
                                options.rankingNominations()),
                        exportCost));
                table.put(
                        RANK_LARGE,
                        database,
                        String.format(
                                Locale.ROOT, "%.0f (%,d, median of 3)", runs[1] / 1e6, options.rankingNominations()));
                log(
                        "rank + export %d: %.0f ms (last: %s)",
                        options.rankingNominations(), runs[1] / 1e6, export.lastSplit());
            }

            if (options.measuresOpenTasksOn(database)) {
                myTasks(engine, scenario, panelSize);
            }
            table.put(
                    HEAP,
                    database,
                    String.format(
                            Locale.ROOT,
                            "%.0f / %.0f (-Xmx%.0fm)",
                            HeapGauge.peakBytes() / 1048576.0,
                            HeapGauge.liveBytes() / 1048576.0,
                            HeapGauge.maxBytes() / 1048576.0));
        }

        private void myTasks(ProcessEngine engine, AwardScenario scenario, int panelSize) {
            String cycleId = scenario.newCycleId();
            LifecycleRun seeding = lifecycle(engine, scenario);
            seeding.open(cycleId);
            int nominations = (options.openTasks() + panelSize - 1) / panelSize;
            long started = System.nanoTime();
            ExecutorService threads = Executors.newFixedThreadPool(options.seedThreads());
            List<Future<?>> batches = new ArrayList<>();
            for (int from = 0; from < nominations; from += 500) {
                int first = from;
                int count = Math.min(500, nominations - from);
                batches.add(threads.submit(() -> {
                    seeding.fileUntilScoring(cycleId, first, count);
                    log(
                            "open tasks: nominations %,d–%,d in scoring after %.0f s",
                            first, first + count - 1, (System.nanoTime() - started) / 1e9);
                }));
            }
            try {
                for (Future<?> batch : batches) {
                    batch.get();
                }
            } catch (InterruptedException | ExecutionException e) {
                throw new IllegalStateException("seeding the open tasks failed", e);
            } finally {
                threads.shutdownNow();
            }
            long open = engine.getTaskService()
                    .createTaskQuery()
                    .taskDefinitionKey(NominationProcess.Elements.SCORE)
                    .count();
            MyTasksQuery query = new MyTasksQuery(engine);
            if (options.tryIndex() != null) {
                // a candidate index, measured without and then with it on the same open tasks
                long[] without = query.time(StaffUser.expert("expert1"), options.queries());
                log(
                        "my tasks among %,d open, before the tried index: median %.1f ms, p95 %.1f ms (medians: %s)",
                        open,
                        MyTasksQuery.percentileMillis(without, 50),
                        MyTasksQuery.percentileMillis(without, 95),
                        query.partMedians());
                context.getBean(JdbcTemplate.class).execute(options.tryIndex());
                log("tried: %s", options.tryIndex());
            }
            long[] latencies = query.time(StaffUser.expert("expert1"), options.queries());
            StatementCounter.Tally myTasksCost = new StatementCounter.Tally();
            counter.during(myTasksCost, () -> query.once(StaffUser.expert("expert1")));
            breakdowns.add(CostBreakdown.statementsMarkdown(
                    String.format(Locale.ROOT, "\"my tasks\" among %,d open tasks, once", open), myTasksCost));
            double median = MyTasksQuery.percentileMillis(latencies, 50);
            double p95 = MyTasksQuery.percentileMillis(latencies, 95);
            table.put(MY_TASKS_MEDIAN, database, format(median));
            table.put(MY_TASKS_P95, database, format(p95) + String.format(Locale.ROOT, " (%,d open)", open));
            log(
                    "my tasks among %,d open: median %.1f ms, p95 %.1f ms (medians: %s)",
                    open, median, p95, query.partMedians());
        }

        private LifecycleRun lifecycle(ProcessEngine engine, AwardScenario scenario) {
            return new LifecycleRun(
                    engine, scenario, context.getBean(ScoringService.class), context.getBean(CommitteeService.class));
        }

        private static String format(double millis) {
            return String.format(Locale.ROOT, "%.1f", millis);
        }

        private static void log(String format, Object... args) {
            System.out.printf(Locale.ROOT, "[bench] " + format + "%n", args);
        }
    }
}
