package cn.wuhan.qualityaward.api;

import static cn.wuhan.qualityaward.support.NominationBuilder.aNomination;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhan.qualityaward.support.AwardIntegrationTest;
import cn.wuhan.qualityaward.support.AwardScenario;
import cn.wuhan.qualityaward.support.RestClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

@AwardIntegrationTest
class RankingApiTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    AwardScenario scenario;

    String cycleId;

    @BeforeEach
    void twoScoredNominees() {
        scenario.ensureUsers(5);
        cycleId = scenario.newCycleId();
        scenario.openCycle(cycleId);
        ProcessInstance lower =
                scenario.nominationInScoring(aNomination(cycleId).named("乙"), "STAFF", null);
        ProcessInstance higher =
                scenario.nominationInScoring(aNomination(cycleId).named("甲"), "MIDDLE_MANAGER", null);
        scenario.scoreAll(lower, 0.6, 0.65, 0.7);
        scenario.scoreAll(higher, 0.9, 0.85, 0.95);
    }

    @Test
    void theCommitteeSeesTheRankingWithExpertsAnonymised() throws Exception {
        JsonNode ranking = read(RestClient.as(http, "committee1")
                .get("/api/cycles/" + cycleId + "/ranking")
                .getBody());

        assertThat(ranking).hasSize(2);
        assertThat(ranking.get(0).get("nomineeName").asText()).isEqualTo("甲");
        assertThat(ranking.get(0).get("rank").asInt()).isOne();
        assertThat(ranking.get(0).get("sheets").asInt()).isEqualTo(3);
        assertThat(ranking.get(0).get("track").asText()).isEqualTo("中层管理者");
        assertThat(ranking.get(0).get("sheetTotals").findValuesAsText("expert"))
                .containsExactlyInAnyOrder("E1", "E2", "E3");
        assertThat(ranking.toString()).doesNotContain("expert1").doesNotContain("expert2");
    }

    @Test
    void theOfficeSeesWhoGaveWhichTotal() throws Exception {
        JsonNode ranking = read(RestClient.as(http, "office")
                .get("/api/cycles/" + cycleId + "/ranking")
                .getBody());

        assertThat(ranking.get(0).get("sheetTotals").findValuesAsText("expert"))
                .hasSize(3)
                .allMatch(e -> e.startsWith("expert"));
    }

    @Autowired
    IdentityService identity;

    @Test
    void theOfficesWorkbookNamesEachExpertByNameBesideTheLogin() throws Exception {
        String expert = read(RestClient.as(http, "office")
                        .get("/api/cycles/" + cycleId + "/ranking")
                        .getBody())
                .get(0)
                .get("sheetTotals")
                .get(0)
                .get("expert")
                .asText();
        User user = identity.createUserQuery().userId(expert).singleResult();
        String before = user.getFirstName();
        user.setFirstName("王建国");
        identity.saveUser(user);
        try {
            byte[] forOffice = RestClient.as(http, "office")
                    .download("/api/cycles/" + cycleId + "/ranking.xlsx")
                    .getBody();

            try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(forOffice))) {
                assertThat(workbook.getSheet("评审排名").getRow(2).getCell(10).getStringCellValue())
                        .contains("王建国（" + expert + "）：");
            }
        } finally {
            user.setFirstName(before);
            identity.saveUser(user);
        }
    }

    @Test
    void expertsNeverSeeTheRankingAndAnUnknownCycleIsNotFound() {
        assertThat(RestClient.as(http, "expert1")
                        .get("/api/cycles/" + cycleId + "/ranking")
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(RestClient.as(http, "office").get("/api/cycles/NOPE/ranking").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void theWorkbookListsTheRankingWithChineseHeadersAndAnonymisesExpertsForTheCommittee() throws Exception {
        byte[] forCommittee = RestClient.as(http, "committee1")
                .download("/api/cycles/" + cycleId + "/ranking.xlsx")
                .getBody();
        byte[] forOffice = RestClient.as(http, "office")
                .download("/api/cycles/" + cycleId + "/ranking.xlsx")
                .getBody();

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(forCommittee))) {
            var sheet = workbook.getSheet("评审排名");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("名次");
            assertThat(sheet.getRow(1).getCell(6).getStringCellValue()).isEqualTo("去极值平均分");
            assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).isEqualTo("甲");
            assertThat(sheet.getRow(3).getCell(2).getStringCellValue()).isEqualTo("乙");
            assertThat(sheet.getRow(2).getCell(4).getNumericCellValue())
                    .isGreaterThan(sheet.getRow(3).getCell(4).getNumericCellValue());
            assertThat(sheet.getRow(2).getCell(10).getStringCellValue())
                    .contains("E1：")
                    .doesNotContain("expert");
        }
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(forOffice))) {
            assertThat(workbook.getSheet("评审排名").getRow(2).getCell(10).getStringCellValue())
                    .contains("expert");
        }
        assertThat(RestClient.as(http, "expert1")
                        .download("/api/cycles/" + cycleId + "/ranking.xlsx")
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void theWorkbookDownloadsUnderAPlainAsciiNameForOldClientsAndItsChineseNameForTheOthers() {
        var download = RestClient.as(http, "office").download("/api/cycles/" + cycleId + "/ranking.xlsx");
        String disposition = download.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);

        assertThat(disposition)
                .contains("filename=\"ranking-" + cycleId + ".xlsx\"")
                .doesNotContain("=?");
        assertThat(download.getHeaders().getContentDisposition().getFilename()).isEqualTo(cycleId + "-评审排名.xlsx");
    }

    private static JsonNode read(String json) throws Exception {
        return new ObjectMapper().readTree(json);
    }
}
