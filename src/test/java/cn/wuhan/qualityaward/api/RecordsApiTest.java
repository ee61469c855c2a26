package cn.wuhan.qualityaward.api;

import static cn.wuhan.qualityaward.support.NominationBuilder.aNomination;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.wuhan.qualityaward.criteria.rubric.Rubric;
import cn.wuhan.qualityaward.criteria.rubric.RubricItem;
import cn.wuhan.qualityaward.cycle.AwardCycleProcess;
import cn.wuhan.qualityaward.nomination.NominationStatus;
import cn.wuhan.qualityaward.nomination.Track;
import cn.wuhan.qualityaward.report.InterRaterAgreement;
import cn.wuhan.qualityaward.scoring.ScoreSheet;
import cn.wuhan.qualityaward.scoring.ScoreSheetRepository;
import cn.wuhan.qualityaward.support.AwardIntegrationTest;
import cn.wuhan.qualityaward.support.AwardScenario;
import cn.wuhan.qualityaward.support.RestClient;
import cn.wuhan.qualityaward.support.XlsxCells;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The office's records of a cycle in public notice: 甲 was moderated and one expert scored again,
 * 乙 and 丁 are staff, 丙 is 其他人员 on the staff sheet; 甲 and 乙 were proposed, and an objection
 * against 乙 was upheld. The tests only read, so the first one builds the cycle for all (inside a
 * test, where process coverage is recorded).
 */
@AwardIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecordsApiTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    AwardScenario scenario;

    @Autowired
    ScoreSheetRepository sheets;

    @Autowired
    Rubric rubric;

    @Autowired
    TaskService tasks;

    String cycleId;
    long moderated;
    long withdrawn;
    long staff;
    String rescoredExpert;

    @BeforeEach
    void aCycleInPublicNotice() {
        if (cycleId != null) {
            return;
        }
        scenario.ensureUsers(5);
        cycleId = scenario.newCycleId();
        ProcessInstance cycle = scenario.openCycle(cycleId);
        ProcessInstance jia = scenario.nominationInScoring(aNomination(cycleId).named("甲"), "SENIOR_MANAGER", null);
        rescoredExpert = scenario.scoringTasks(jia).get(0).getAssignee();
        scenario.scoreAll(jia, 0.4, 0.9, 0.9);
        scenario.moderate(jia, List.of(rescoredExpert), "该专家对“结果”维度理解有偏差，请重新评分");
        scenario.scoreAll(jia, 0.88);
        ProcessInstance yi = scenario.nominationInScoring(aNomination(cycleId).named("乙"), "STAFF", null);
        scenario.scoreAll(yi, 0.8, 0.85, 0.75);
        ProcessInstance bing = scenario.nominationInScoring(
                aNomination(cycleId).named("丙").claiming("condition_3", "全国技能大赛金牌获得者"), "OTHER", "STAFF");
        scenario.scoreAll(bing, 0.6, 0.65, 0.62);
        ProcessInstance ding = scenario.nominationInScoring(aNomination(cycleId).named("丁"), "STAFF", null);
        scenario.scoreAll(ding, 0.5, 0.7, 0.6);
        scenario.fireTimer(cycle, AwardCycleProcess.Elements.NOMINATION_DEADLINE);
        moderated = scenario.nominationId(jia);
        withdrawn = scenario.nominationId(yi);
        staff = scenario.nominationId(ding);
        scenario.proposeWinners(cycle, List.of(moderated, withdrawn));
        ProcessInstance objection = scenario.fileObjection(cycleId, withdrawn, "实名丁");
        scenario.investigate(objection, "经核实属实");
        scenario.ruleOnObjection(objection, "UPHOLD");
    }

    @Test
    void theOfficeReadsAScoreDossierWithEveryItemEveryExpertAndTheSheetsTheModerationSentBack() {
        XlsxCells dossier = XlsxCells.read(download("office", "/api/nominations/" + moderated + "/dossier.xlsx"));

        assertThat(dossier.sheetNames()).containsExactly("评分概况", "评分明细", "合议前评分");
        assertThat(dossier.rowLabelled("评分概况", "被推荐人")).containsExactly("被推荐人", "甲");
        assertThat(dossier.rowLabelled("评分概况", "评审类别")).containsExactly("评审类别", "高层管理者");
        assertThat(dossier.rowLabelled("评分概况", "是否合议")).containsExactly("是否合议", "是");
        assertThat(dossier.rowLabelled("评分概况", "重新评分专家")).containsExactly("重新评分专家", rescoredExpert);
        assertThat(dossier.rowLabelled("评分概况", "合议意见").get(1)).isEqualTo("该专家对“结果”维度理解有偏差，请重新评分");

        List<ScoreSheet> counted = sheets.findByNomination(moderated);
        List<List<String>> detail = dossier.rows("评分明细");
        assertThat(detail.get(0).subList(0, 4)).containsExactly("评价内容", "评价维度", "评分要点", "分值");
        assertThat(detail.get(0).subList(4, detail.get(0).size()))
                .containsExactlyElementsOf(
                        counted.stream().map(ScoreSheet::expertId).toList());
        List<RubricItem> items = rubric.sheetFor(Track.SENIOR_MANAGER).items();
        assertThat(detail).hasSize(1 + items.size() + 2);
        RubricItem first = items.get(0);
        assertThat(detail.get(1).subList(0, 4))
                .containsExactly(
                        "基本条件", "政治素质", first.text(), plain(first.points().doubleValue()));
        for (int e = 0; e < counted.size(); e++) {
            assertThat(detail.get(1).get(4 + e))
                    .isEqualTo(plain(counted.get(e).items().get(first.id()).doubleValue()));
            assertThat(dossier.rowLabelled("评分明细", "合计").get(4 + e))
                    .isEqualTo(plain(counted.get(e).total().doubleValue()));
        }
        assertThat(dossier.rowLabelled("评分明细", "合计").get(3)).isEqualTo("100");

        List<List<String>> before = dossier.rows("合议前评分");
        assertThat(before.get(0).subList(4, before.get(0).size())).containsExactly(rescoredExpert);
        assertThat(dossier.rowLabelled("合议前评分", "合计").get(4))
                .isEqualTo(plain(sheets.findSupersededByNomination(moderated)
                        .get(0)
                        .total()
                        .doubleValue()));
    }

    @Test
    void theCommitteeReadsTheSameDossierWithTheExpertsAnonymised() {
        XlsxCells dossier = XlsxCells.read(download("committee1", "/api/nominations/" + moderated + "/dossier.xlsx"));

        List<String> header = dossier.rows("评分明细").get(0);
        assertThat(header.subList(4, header.size())).containsExactlyInAnyOrder("E1", "E2", "E3");
        assertThat(dossier.rowLabelled("评分概况", "合议主持").get(1)).isEqualTo("E1");
        assertThat(dossier.allText()).doesNotContain("expert");
    }

    @Test
    void expertsMayNotReadADossierAndAnUnknownOrUnscoredNominationIsExplained() {
        assertThat(status("expert1", "/api/nominations/" + moderated + "/dossier.xlsx"))
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(status("office", "/api/nominations/987654321/dossier.xlsx")).isEqualTo(HttpStatus.NOT_FOUND);
        ProcessInstance unscored = scenario.nominate(aNomination(scenario.newCycleIdWithOpenCycle()));
        ResponseEntity<String> refused = RestClient.as(http, "office")
                .get("/api/nominations/" + scenario.nominationId(unscored) + "/dossier.xlsx");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody()).contains("NOT_SCORED_YET").contains("尚未确定评审类别");
    }

    @Test
    void aDossierWaitsForTheFirstSheetAndForTheCommitteeUntilScoringIsDone() {
        ProcessInstance inScoring =
                scenario.nominationInScoring(aNomination(scenario.newCycleIdWithOpenCycle()), "STAFF", null);
        String dossier = "/api/nominations/" + scenario.nominationId(inScoring) + "/dossier.xlsx";

        ResponseEntity<String> noSheetYet = RestClient.as(http, "office").get(dossier);
        assertThat(noSheetYet.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(noSheetYet.getBody()).contains("还没有专家提交评分表");

        Task first = scenario.scoringTasks(inScoring).get(0);
        tasks.complete(
                first.getId(), scenario.sheetFor(inScoring).scoringShare(0.8).variables());
        assertThat(RestClient.as(http, "office").download(dossier).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        ResponseEntity<String> forCommittee = RestClient.as(http, "committee1").get(dossier);
        assertThat(forCommittee.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(forCommittee.getBody()).contains("专家评审尚未完成");
    }

    @Test
    void anyoneLoggedInReadsTheNoticeListWithTheWithdrawnCandidateMarked() throws Exception {
        JsonNode list = json(RestClient.as(http, "expert2").get("/api/cycles/" + cycleId + "/notice"));

        assertThat(list).hasSize(2);
        assertThat(list.get(0).get("nomineeName").asText()).isEqualTo("甲");
        assertThat(list.get(0).get("standing").asText()).isEqualTo("公示中");
        assertThat(list.get(1).get("nomineeName").asText()).isEqualTo("乙");
        assertThat(list.get(1).get("standing").asText()).isEqualTo(NominationStatus.WITHDRAWN_ON_OBJECTION.label());

        XlsxCells workbook = XlsxCells.read(download("committee2", "/api/cycles/" + cycleId + "/notice.xlsx"));
        List<List<String>> rows = workbook.rows("公示名单");
        assertThat(rows.get(0).get(0)).endsWith("拟表彰人员名单（公示）");
        assertThat(rows.get(1)).containsExactly("序号", "申报编号", "姓名", "工作单位", "职务", "评审类别", "状态", "评审名次");
        assertThat(rows.get(2)).startsWith("1").contains("甲", "高层管理者", "公示中");
        assertThat(rows.get(3)).startsWith("2").contains("乙", "员工", NominationStatus.WITHDRAWN_ON_OBJECTION.label());
        assertThat(rows).hasSize(4);
    }

    @Test
    void theNoticeListIsRefusedUntilTheListIsPublished() {
        ResponseEntity<String> refused =
                RestClient.as(http, "office").get("/api/cycles/" + scenario.newCycleIdWithOpenCycle() + "/notice");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody()).contains("NOT_PUBLISHED").contains("尚未公示");
    }

    @Test
    void theSummaryGivesAgreementPerTrackFromTheSheetsThatCount() throws Exception {
        JsonNode summary = json(RestClient.as(http, "office").get("/api/cycles/" + cycleId + "/summary"));

        JsonNode tracks = summary.get("tracks");
        assertThat(tracks.findValuesAsText("track")).containsExactly("高层管理者", "中层管理者", "员工", "其他人员");
        JsonNode staffTrack = tracks.get(2);
        assertThat(staffTrack.get("nominees").asInt()).isEqualTo(2);
        assertThat(staffTrack.get("sheets").asInt()).isEqualTo(6);
        InterRaterAgreement expected = InterRaterAgreement.of(List.of(totals(withdrawn), totals(staff)))
                .orElseThrow();
        assertThat(staffTrack.get("icc").asDouble()).isCloseTo(expected.single(), within(0.0005));
        assertThat(staffTrack.get("iccPanelMean").asDouble()).isCloseTo(expected.panelMean(), within(0.0005));
        assertThat(tracks.get(0).get("icc").isNull())
                .as("one nominee cannot show agreement")
                .isTrue();
        assertThat(tracks.get(1).get("nominees").asInt()).isZero();
    }

    @Test
    void theSummaryRanksExpertsByLeniencyNamedForTheOfficeAndAnonymisedForTheCommittee() throws Exception {
        JsonNode forOffice = json(RestClient.as(http, "office").get("/api/cycles/" + cycleId + "/summary"))
                .get("experts");
        JsonNode forCommittee = json(RestClient.as(http, "committee1").get("/api/cycles/" + cycleId + "/summary"))
                .get("experts");

        assertThat(forOffice.findValuesAsText("expert")).allMatch(e -> e.startsWith("expert"));
        assertThat(forOffice.size()).isGreaterThanOrEqualTo(3);
        double previous = Double.MAX_VALUE;
        int sheetsScored = 0;
        for (JsonNode expert : forOffice) {
            assertThat(expert.get("meanDeviation").asDouble()).isLessThanOrEqualTo(previous);
            previous = expert.get("meanDeviation").asDouble();
            sheetsScored += expert.get("sheets").asInt();
        }
        assertThat(sheetsScored).isEqualTo(12);
        assertThat(forCommittee.findValuesAsText("expert"))
                .startsWith("X1", "X2")
                .noneMatch(e -> e.startsWith("expert"));
        assertThat(forCommittee.findValuesAsText("meanDeviation"))
                .isEqualTo(forOffice.findValuesAsText("meanDeviation"));

        XlsxCells workbook = XlsxCells.read(download("committee1", "/api/cycles/" + cycleId + "/summary.xlsx"));
        assertThat(workbook.sheetNames()).containsExactly("评分一致性", "专家宽严度");
        assertThat(workbook.rows("评分一致性").get(1)).contains("组内相关系数ICC(1)");
        assertThat(workbook.rowLabelled("评分一致性", "高层管理者")).contains("样本不足");
        assertThat(workbook.rows("专家宽严度").get(1).get(0)).isEqualTo("X1");
        assertThat(workbook.allText()).doesNotContain("expert");
        assertThat(status("expert1", "/api/cycles/" + cycleId + "/summary")).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private List<Double> totals(long nominationId) {
        return sheets.findByNomination(nominationId).stream()
                .map(s -> s.total().doubleValue())
                .toList();
    }

    private static String plain(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private byte[] download(String user, String path) {
        ResponseEntity<byte[]> response = RestClient.as(http, user).download(path);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private HttpStatus status(String user, String path) {
        return HttpStatus.valueOf(
                RestClient.as(http, user).get(path).getStatusCode().value());
    }

    private static JsonNode json(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return new ObjectMapper().readTree(response.getBody());
    }
}
