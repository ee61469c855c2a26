package cn.wuhan.qualityaward.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhan.qualityaward.nomination.Nomination;
import cn.wuhan.qualityaward.nomination.NominationProcess;
import cn.wuhan.qualityaward.nomination.NominationService;
import cn.wuhan.qualityaward.nomination.NominationStatus;
import cn.wuhan.qualityaward.publicnotice.PublicNoticeService;
import cn.wuhan.qualityaward.publicnotice.PublicObjectionIntake;
import cn.wuhan.qualityaward.publicnotice.PublicObjectionRequest;
import cn.wuhan.qualityaward.recommender.RecommenderService;
import cn.wuhan.qualityaward.scoring.ScoreSheetRepository;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * What {@code ./mvnw spring-boot:run} seeds, on a database of its own: whoever logs in finds work
 * at every stage. The job executor runs, as it does in the demo.
 */
@SpringBootTest(
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
}
