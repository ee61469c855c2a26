package cn.wuhan.qualityaward.hostile;

import static cn.wuhan.qualityaward.support.NominationBuilder.aNomination;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhan.qualityaward.cycle.AwardCycleProcess;
import cn.wuhan.qualityaward.cycle.AwardCycleProcess.Variables;
import cn.wuhan.qualityaward.support.AwardIntegrationTest;
import cn.wuhan.qualityaward.support.AwardScenario;
import cn.wuhan.qualityaward.support.RestClient;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Markup, SQL and spreadsheet formulas in names a person may really bear are not refused: they are
 * stored verbatim and never rendered as what they look like, neither on a page nor in a workbook.
 */
@AwardIntegrationTest
class AcceptedMarkupTest {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String SQL = "Robert'); DROP TABLE nomination;--";
    private static final List<String> FORMULAS =
            List.of("=HYPERLINK(\"http://evil.example\",\"点我\")", "+SUM(1,2)", "-2+3", "@cmd");

    @Autowired
    TestRestTemplate http;

    @Autowired
    AwardScenario scenario;

    @Autowired
    RuntimeService runtime;

    @Autowired
    JdbcTemplate jdbc;

    String cycleId;
    long scriptNominee;

    @BeforeEach
    void nomineesWithHostileNamesScored() {
        scenario.ensureUsers(5);
        cycleId = scenario.newCycleId();
        Map<String, Object> cycle = new HashMap<>(scenario.cycleVariables(cycleId));
        cycle.put(Variables.CYCLE_NAME.name(), "=1+1");
        runtime.startProcessInstanceByKey(AwardCycleProcess.KEY, cycle);
        for (String name : names()) {
            ProcessInstance nominee =
                    scenario.nominationInScoring(aNomination(cycleId).named(name), "STAFF", null);
            scenario.scoreAll(nominee, 0.8);
            if (name.equals(SCRIPT)) {
                scriptNominee = scenario.nominationId(nominee);
            }
        }
    }

    private static List<String> names() {
        List<String> names = new ArrayList<>(FORMULAS);
        names.add(SCRIPT);
        names.add(SQL);
        return names;
    }

    @Test
    void namesAreStoredVerbatimAndSqlInThemIsJustText() {
        assertThat(jdbc.queryForList("select nominee_name from nomination where cycle_id = ?", String.class, cycleId))
                .containsExactlyInAnyOrderElementsOf(names());
    }

    @Test
    void theWorkbookHoldsMarkupAsTextAndNeutralisesEveryFormula() throws Exception {
        byte[] workbook = RestClient.as(http, "office")
                .download("/api/cycles/" + cycleId + "/ranking.xlsx")
                .getBody();

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            Sheet sheet = book.getSheet("评审排名");
            assertThat(sheet.getRow(0).getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("'=1+1 评审排名");
            Set<String> cells = new HashSet<>();
            for (int r = 2; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                assertThat(row.getCell(2).getCellType()).as("row " + r).isEqualTo(CellType.STRING);
                cells.add(row.getCell(2).getStringCellValue());
            }
            FORMULAS.forEach(
                    formula -> assertThat(cells).contains("'" + formula).doesNotContain(formula));
            assertThat(cells).contains(SCRIPT, SQL);
        }
    }

    @Test
    void theRankingCarriesMarkupOnlyAsJsonText() {
        var ranking = RestClient.as(http, "committee1").get("/api/cycles/" + cycleId + "/ranking");

        assertThat(ranking.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
        assertThat(ranking.getBody()).contains("\"nomineeName\":\"" + SCRIPT + "\"");
    }

    @Test
    void theMaterialsPageEscapesWhatLooksLikeMarkupInAFileName() {
        String documents = "/api/nominations/" + scriptNominee + "/documents";
        byte[] pdf = "%PDF-1.7\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        RestClient.as(http, "office").upload(documents, "&lt;script&gt;alert(1)&lt;&#47;script&gt; R&D.pdf", pdf);
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("office", AwardScenario.PASSWORD);
        headers.setAccept(List.of(MediaType.TEXT_HTML));

        String page = http.exchange(documents, HttpMethod.GET, new HttpEntity<>(headers), String.class)
                .getBody();

        assertThat(page)
                .contains("&amp;lt;script&amp;gt;alert(1)&amp;lt;&amp;#47;script&amp;gt; R&amp;D.pdf")
                .doesNotContain("<script>");
    }
}
