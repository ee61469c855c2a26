package cn.wuhan.qualityaward.fullcycle;

import static cn.wuhan.qualityaward.support.NominationBuilder.aNomination;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.wuhan.qualityaward.committee.CommitteeService;
import cn.wuhan.qualityaward.cycle.AwardCycleProcess;
import cn.wuhan.qualityaward.cycle.AwardCycleService;
import cn.wuhan.qualityaward.ranking.RankedNomination;
import cn.wuhan.qualityaward.ranking.RankingService;
import cn.wuhan.qualityaward.report.NoticeListEntry;
import cn.wuhan.qualityaward.report.NoticeListService;
import cn.wuhan.qualityaward.report.RankingReportService;
import cn.wuhan.qualityaward.report.RankingWorkbook;
import cn.wuhan.qualityaward.support.AwardIntegrationTest;
import cn.wuhan.qualityaward.support.AwardScenario;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A cycle with a quota of two, so a shortlist of three, where the third and fourth nominees have
 * identical sheets: they share rank 3, are marked as tied everywhere, and both go on the shortlist,
 * whose ballot says why there are four.
 */
@AwardIntegrationTest
class TieAtTheShortlistCutTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    AwardScenario scenario;

    @Autowired
    RankingService ranking;

    @Autowired
    RankingReportService reports;

    @Autowired
    CommitteeService committee;

    @Autowired
    NoticeListService notices;

    @Autowired
    AwardCycleService cycles;

    @Autowired
    RuntimeService runtime;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void nomineesWithIdenticalSheetsShareTheirRankAndAllGoOnTheShortlistWhenTheCutFallsBetweenThem() throws Exception {
        BpmnAwareTests.init(engine);
        scenario.ensureUsers(5);
        String cycleId = scenario.newCycleId();
        ProcessInstance cycle = scenario.openCycle(cycleId);
        // the quota comes from configuration, shared by every test; this cycle alone gets two
        jdbc.update("update award_cycle set quota = 2 where id = ?", cycleId);
        long first = scored(cycleId, "并列测试甲", 0.9);
        long second = scored(cycleId, "并列测试乙", 0.85);
        long tiedEarlier = scored(cycleId, "并列测试丙", 0.7);
        long tiedLater = scored(cycleId, "并列测试丁", 0.7);
        long last = scored(cycleId, "并列测试戊", 0.6);
        scenario.fireTimer(cycle, AwardCycleProcess.Elements.NOMINATION_DEADLINE);
        assertThat(cycle).isWaitingAt(AwardCycleProcess.Elements.VOTE);

        List<RankedNomination> ranked = ranking.rank(cycleId);
        assertThat(ranked)
                .extracting(RankedNomination::nominationId)
                .containsExactly(first, second, tiedEarlier, tiedLater, last);
        assertThat(ranked).extracting(RankedNomination::rank).containsExactly(1, 2, 3, 3, 5);
        assertThat(ranked).extracting(RankedNomination::tied).containsExactly(false, false, true, true, false);
        assertThat(committee.shortlist(cycleId))
                .extracting(RankedNomination::nominationId)
                .containsExactly(first, second, tiedEarlier, tiedLater);

        List<String> ballot = ballotLabels(cycle);
        assertThat(ballot).hasSize(4);
        assertThat(ballot.get(0)).startsWith("1. 并列测试甲").doesNotContain("并列且无法区分");
        assertThat(ballot.get(2)).startsWith("3（并列）. 并列测试丙").contains("并列且无法区分，一并列入候选名单");
        assertThat(ballot.get(3)).startsWith("3（并列）. 并列测试丁").contains("并列且无法区分，一并列入候选名单");

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                RankingWorkbook.write(cycles.get(cycleId).name(), reports.report(cycleId, false))))) {
            XSSFSheet sheet = workbook.getSheet("评审排名");
            assertThat(sheet.getRow(1).getCell(11).getStringCellValue()).isEqualTo("并列");
            assertThat(List.of(sheet.getRow(4), sheet.getRow(5)))
                    .allSatisfy(row -> assertThat(rankAndMark(row)).isEqualTo("3.0 并列"));
            assertThat(rankAndMark(sheet.getRow(6))).isEqualTo("5.0 ");
        }

        scenario.proposeWinners(cycle, List.of(first, tiedLater));
        assertThat(cycle).isWaitingAt(AwardCycleProcess.Elements.NOTICE_PERIOD);
        List<NoticeListEntry> notice = notices.list(cycles.get(cycleId));
        assertThat(notice).extracting(NoticeListEntry::nomineeName).containsExactly("并列测试甲", "并列测试丁");
        assertThat(notice).extracting(NoticeListEntry::rankLabel).containsExactly("1", "3（并列）");
    }

    /** The candidates as the members' ballot form lists them. */
    private List<String> ballotLabels(ProcessInstance cycle) {
        SpinJsonNode options =
                (SpinJsonNode) runtime.getVariable(cycle.getId(), AwardCycleProcess.Variables.SHORTLIST_OPTIONS.name());
        return options.elements().stream()
                .map(o -> o.prop("label").stringValue())
                .toList();
    }

    private static String rankAndMark(Row row) {
        return row.getCell(0).getNumericCellValue() + " " + row.getCell(11).getStringCellValue();
    }

    private long scored(String cycleId, String name, double share) {
        ProcessInstance nomination =
                scenario.nominationInScoring(aNomination(cycleId).named(name), "STAFF", null);
        scenario.scoreAll(nomination, share);
        return scenario.nominationId(nomination);
    }
}
