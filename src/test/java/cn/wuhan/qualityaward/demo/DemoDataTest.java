package cn.wuhan.qualityaward.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import cn.wuhan.qualityaward.cycle.AwardCycle;
import cn.wuhan.qualityaward.cycle.AwardCycleProcess;
import cn.wuhan.qualityaward.cycle.AwardCycleProcessAdapter;
import cn.wuhan.qualityaward.cycle.AwardCycleRepository;
import cn.wuhan.qualityaward.nomination.Nomination;
import cn.wuhan.qualityaward.nomination.NominationProcess;
import cn.wuhan.qualityaward.nomination.NominationService;
import cn.wuhan.qualityaward.nomination.NominationStatus;
import cn.wuhan.qualityaward.publicnotice.PublicNoticeService;
import cn.wuhan.qualityaward.publicnotice.PublicObjectionIntake;
import cn.wuhan.qualityaward.publicnotice.PublicObjectionRequest;
import cn.wuhan.qualityaward.recommender.RecommenderService;
import cn.wuhan.qualityaward.scoring.ScoreSheetRepository;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.context.ServletWebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * What {@code ./mvnw spring-boot:run} seeds, on a database of its own: whoever logs in finds work
 * at every stage. The job executor runs, as it does in the demo; the web server is a real one, so
 * the test sees what the demo held when its port opened.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:award-demo;DB_CLOSE_DELAY=-1",
            "camunda.bpm.process-engine-name=demo"
        })
@ActiveProfiles("demo")
@DirtiesContext
class DemoDataTest {

    @Autowired
    NominationService nominations;

    @Autowired
    ScoreSheetRepository sheets;

    @Autowired
    TaskService tasks;

    @Test
    void theDemoCycleHasNominationsAtEveryStage() {
        Map<String, Nomination> byName =
                nominations.ofCycle(DemoData.CYCLE).stream().collect(Collectors.toMap(Nomination::nomineeName, n -> n));

        assertThat(byName.get("王芳").status()).isEqualTo(NominationStatus.EVALUATED);
        assertThat(sheets.findByNomination(byName.get("王芳").id())).hasSize(5);
        assertThat(byName.get("张伟").status()).isEqualTo(NominationStatus.SCORING);
        assertThat(tasks.createTaskQuery()
                        .taskDefinitionKey(NominationProcess.Elements.MODERATE)
                        .count())
                .as("周敏's panel diverged and waits for its leader")
                .isOne();
        assertThat(byName.get("孙丽").status()).isEqualTo(NominationStatus.TRACK_ASSIGNMENT);
        assertThat(byName.get("赵磊").status()).isEqualTo(NominationStatus.INELIGIBLE);
        assertThat(tasks.createTaskQuery()
                        .taskAssignee("expert1")
                        .taskDefinitionKey(NominationProcess.Elements.SCORE)
                        .count())
                .isEqualTo(2);
    }

    @Autowired
    PublicNoticeService publicNotices;

    @Autowired
    PublicObjectionIntake publicObjections;

    @Autowired
    RecommenderService recommenders;

    @Test
    void theEarlierCycleIsInItsPublicNoticeAndTakesAnObjectionFromAnyone() {
        var notices = publicNotices.all();
        assertThat(notices).isNotEmpty();
        var noticed = notices.get(0);
        assertThat(noticed.cycleId()).isEqualTo(DemoData.NOTICED_CYCLE);
        assertThat(noticed.open()).isTrue();
        assertThat(noticed.candidates()).hasSize(3).allMatch(c -> c.standing().equals("公示中"));

        var filed = publicObjections.file(
                new PublicObjectionRequest(
                        DemoData.NOTICED_CYCLE,
                        noticed.candidates().get(0).candidateReference(),
                        "张三丰",
                        "420106198503150026",
                        "13800138000",
                        null,
                        "获奖证书与实际不符",
                        true),
                List.of());
        assertThat(filed.receipt()).hasSize(12);
    }

    @Test
    void theDemoNominationsComeFromBothRecommendingUnitsAndEachSeesOnlyItsOwn() {
        var east =
                recommenders.nominationsOf(recommenders.unitOf("recommender1").orElseThrow());
        var river =
                recommenders.nominationsOf(recommenders.unitOf("recommender2").orElseThrow());

        assertThat(east).isNotEmpty().allMatch(n -> n.recommendingUnit().equals("武汉市东湖新技术开发区质量强区办"));
        assertThat(river).isNotEmpty().allMatch(n -> n.recommendingUnit().equals("武汉市江岸区质量强区办"));
        assertThat(east).anyMatch(n -> "recommender1".equals(n.filedBy()));
        assertThat(east).anyMatch(n -> n.stage().equals("补正中"));
        assertThat(tasks.createTaskQuery()
                        .taskCandidateUser("recommender1")
                        .taskDefinitionKey(NominationProcess.Elements.REGISTER_CORRECTION)
                        .count())
                .isOne();
    }

    @Autowired
    PortOpening portOpening;

    @Autowired
    DemoData demo;

    @Autowired
    AwardCycleRepository cycles;

    @Autowired
    AwardCycleProcessAdapter cycleProcess;

    @Autowired
    RuntimeService runtime;

    @Test
    void theDemoIsSeededBeforeTheWebServerOpensItsPort() {
        assertThat(portOpening.cyclesWhenServing)
                .as("the cycles on file when the port opened")
                .containsExactlyInAnyOrder(DemoData.CYCLE, DemoData.NOTICED_CYCLE);
    }

    @Test
    void aSeedingRefusedHalfwayLeavesNothingOfItAndSaysSoInOneLine() {
        Logger log = (Logger) LoggerFactory.getLogger(DemoData.class);
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        log.addAppender(lines);
        try {
            assertThatThrownBy(() -> demo.seedAtomically(() -> {
                        LocalDateTime now = LocalDateTime.now().withNano(0);
                        cycleProcess.start(Map.of(
                                AwardCycleProcess.Variables.CYCLE_ID.name(),
                                "2099",
                                AwardCycleProcess.Variables.CYCLE_NAME.name(),
                                "半途而废的周期",
                                AwardCycleProcess.Variables.NOMINATION_DEADLINE_INPUT.name(),
                                now.plusDays(30).toString(),
                                AwardCycleProcess.Variables.SCORING_DEADLINE_INPUT.name(),
                                now.plusDays(60).toString()));
                        throw new BadUserRequestException("联系电话须为11位手机号码");
                    }))
                    .hasMessageContaining("演示数据未能生成");
        } finally {
            log.detachAppender(lines);
        }

        assertThat(cycles.findAll()).extracting(AwardCycle::id).doesNotContain("2099");
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey("2099")
                        .count())
                .isZero();
        assertThat(lines.list).singleElement().satisfies(line -> {
            assertThat(line.getLevel()).isEqualTo(Level.ERROR);
            assertThat(line.getFormattedMessage()).contains("演示数据未能生成", "撤销", "联系电话须为11位手机号码");
            assertThat(line.getThrowableProxy()).isNull();
        });
    }

    /** Notes which cycles were on file at the moment the web server began to accept requests. */
    @TestConfiguration
    static class PortOpening {

        private final AwardCycleRepository cycles;
        volatile List<String> cyclesWhenServing;

        PortOpening(AwardCycleRepository cycles) {
            this.cycles = cycles;
        }

        @EventListener
        void serving(ServletWebServerInitializedEvent started) {
            cyclesWhenServing = cycles.findAll().stream().map(AwardCycle::id).toList();
        }
    }
}
