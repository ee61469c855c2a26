package cn.wuhan.qualityaward.progress;

import static cn.wuhan.qualityaward.support.NominationBuilder.aNomination;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhan.qualityaward.support.AwardIntegrationTest;
import cn.wuhan.qualityaward.support.AwardScenario;
import cn.wuhan.qualityaward.support.RestClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A cycle still open for nominations: 甲 waits for the formal review, 乙 sends corrections, 丙 is
 * being scored with one of three sheets in, 丁 is scored by all three experts.
 */
@AwardIntegrationTest
class CycleProgressApiTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    AwardScenario scenario;

    @Autowired
    TaskService tasks;

    String cycleId;
    long jia;
    long yi;
    long bing;
    long ding;
    ProcessInstance bingInstance;
    String bingScoredBy;

    @BeforeEach
    void aCycleWithNominationsAtSeveralStages() {
        scenario.ensureUsers(5);
        cycleId = scenario.newCycleIdWithOpenCycle();
        jia = scenario.nominationId(scenario.nominate(aNomination(cycleId).named("甲")));
        ProcessInstance yiInstance = scenario.nominate(aNomination(cycleId).named("乙"));
        scenario.decideFormalReview(yiInstance, "CORRECTION", "推荐单位意见未盖章，请补正");
        yi = scenario.nominationId(yiInstance);
        bingInstance = scenario.nominationInScoring(aNomination(cycleId).named("丙"), "STAFF", null);
        Task first = scenario.scoringTasks(bingInstance).get(0);
        bingScoredBy = first.getAssignee();
        tasks.complete(
                first.getId(), scenario.sheetFor(bingInstance).scoringShare(0.8).variables());
        bing = scenario.nominationId(bingInstance);
        ProcessInstance dingInstance =
                scenario.nominationInScoring(aNomination(cycleId).named("丁"), "STAFF", null);
        scenario.scoreAll(dingInstance, 0.7, 0.75, 0.8);
        ding = scenario.nominationId(dingInstance);
    }

    @AfterEach
    void clockBack() {
        ClockUtil.reset();
    }

    @Test
    void theOfficeReadsHowManyNominationsStandAtEachStageAndWhichTheyAre() throws Exception {
        JsonNode progress = read("office");

        assertThat(progress.at("/cycle/stage").asText()).isEqualTo("征集");
        assertThat(progress.at("/cycle/deadlines").findValuesAsText("name"))
                .containsExactly("征集截止", "评分截止", "表决截止", "公示期满");
        assertThat(progress.at("/cycle/processInstanceId").asText()).isNotBlank();
        assertThat(stage(progress.get("stages"), "形式审查")).containsExactly(jia);
        assertThat(stage(progress.get("stages"), "补正中")).containsExactly(yi);
        assertThat(stage(progress.get("stages"), "评分中")).containsExactly(bing);
        assertThat(stage(progress.get("stages"), "待评选")).containsExactly(ding);
        assertThat(progress.get("stages").findValuesAsText("stage"))
                .containsExactly(
                        "形式审查", "补正中", "确定类别", "评分中", "专家组合议", "待评选", "公示中", "获奖", "未获奖", "撤出名单", "未完成评审", "不予受理");
        JsonNode staff = byField(progress.get("tracks"), "track", "员工");
        assertThat(ids(staff.get("nominations"))).containsExactly(bing, ding);
        assertThat(stage(staff.get("stages"), "评分中")).containsExactly(bing);
        assertThat(ids(byField(progress.get("tracks"), "track", "未确定类别").get("nominations")))
                .containsExactly(jia, yi);
    }

    @Test
    void eachNominationLinksToItsOwnProcessInstance() throws Exception {
        JsonNode progress = read("office");

        JsonNode line = byField(progress.get("nominations"), "nomineeName", "丙");
        assertThat(line.get("id").asLong()).isEqualTo(bing);
        assertThat(line.get("stage").asText()).isEqualTo("评分中");
        assertThat(line.get("processInstanceId").asText()).isEqualTo(bingInstance.getId());
    }

    @Test
    void scoringProgressCountsSeatsScoredOpenAndOverduePerTrackAndPerExpert() throws Exception {
        JsonNode progress = read("office");

        JsonNode staff = byField(progress.get("seatsByTrack"), "name", "员工");
        assertThat(staff.at("/seats/count").asInt()).isEqualTo(6);
        assertThat(staff.at("/completed/count").asInt()).isEqualTo(4);
        assertThat(staff.at("/open/count").asInt()).isEqualTo(2);
        assertThat(ids(staff.get("open"))).containsExactly(bing);
        assertThat(staff.at("/overdue/count").asInt()).isZero();
        JsonNode expert = byField(progress.get("seatsByExpert"), "key", bingScoredBy);
        assertThat(expert.at("/open/count").asInt()).isZero();
        assertThat(ids(expert.get("completed"))).contains(bing);
    }

    @Test
    void openSeatsPastTheScoringDeadlineCountAsOverdue() throws Exception {
        ClockUtil.setCurrentTime(
                Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(41))));

        JsonNode staff = byField(read("office").get("seatsByTrack"), "name", "员工");

        assertThat(staff.at("/overdue/count").asInt()).isEqualTo(2);
        assertThat(ids(staff.get("overdue"))).containsExactly(bing);
    }

    @Test
    void noFieldOfTheProgressIsAScoreOrATotal() throws Exception {
        List<String> names = new ArrayList<>();
        collectFieldNames(read("office"), names);

        assertThat(names)
                .isNotEmpty()
                .noneMatch(n ->
                        n.toLowerCase().contains("score") || n.toLowerCase().contains("total"));
    }

    @Test
    void expertsAndTheCommitteeAreRefusedAndAnUnknownCycleIsNotFound() throws Exception {
        ResponseEntity<String> expert = RestClient.as(http, "expert1").get("/api/cycles/" + cycleId + "/progress");
        assertThat(expert.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(new ObjectMapper().readTree(expert.getBody()).get("message").asText())
                .isEqualTo("只有评审办公室可以查看评选进度");
        assertThat(RestClient.as(http, "committee1")
                        .get("/api/cycles/" + cycleId + "/progress")
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(RestClient.as(http, "office")
                        .get("/api/cycles/NO-SUCH/progress")
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    private JsonNode read(String user) throws Exception {
        ResponseEntity<String> response = RestClient.as(http, user).get("/api/cycles/" + cycleId + "/progress");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return new ObjectMapper().readTree(response.getBody());
    }

    private static List<Long> stage(JsonNode stages, String name) {
        return ids(byField(stages, "stage", name).get("nominations"));
    }

    private static List<Long> ids(JsonNode figure) {
        List<Long> ids = new ArrayList<>();
        figure.get("nominations").forEach(n -> ids.add(n.asLong()));
        assertThat(figure.get("count").asInt()).isGreaterThanOrEqualTo(ids.size());
        return ids;
    }

    private static JsonNode byField(JsonNode array, String field, String value) {
        for (JsonNode node : array) {
            if (value.equals(node.path(field).asText())) {
                return node;
            }
        }
        throw new AssertionError("no " + field + " = " + value + " in " + array);
    }

    private static void collectFieldNames(JsonNode node, List<String> names) {
        if (node.isObject()) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                names.add(name);
                collectFieldNames(node.get(name), names);
            }
        } else if (node.isArray()) {
            node.forEach(child -> collectFieldNames(child, names));
        }
    }
}
