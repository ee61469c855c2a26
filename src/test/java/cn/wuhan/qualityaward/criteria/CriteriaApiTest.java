package cn.wuhan.qualityaward.criteria;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhan.qualityaward.criteria.rubric.Rubric;
import cn.wuhan.qualityaward.criteria.rubric.RubricLoader;
import cn.wuhan.qualityaward.support.AwardIntegrationTest;
import cn.wuhan.qualityaward.support.AwardScenario;
import cn.wuhan.qualityaward.support.RestClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

@AwardIntegrationTest
class CriteriaApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TestRestTemplate http;

    @Autowired
    AwardScenario scenario;

    @BeforeEach
    void users() {
        scenario.ensureUsers(3);
        scenario.ensureRecommender("recommender1", "武汉市东湖新技术开发区质量强区办");
    }

    @Test
    void anEmptyDatabaseGetsTheShippedRubricAsPublishedVersionOne() throws Exception {
        JsonNode version = read(office().get("/api/criteria/1"));

        assertThat(version.get("status").asText()).isEqualTo("PUBLISHED");
        assertThat(version.get("statusLabel").asText()).isEqualTo("已发布");
        assertThat(version.get("publishedBy").asText()).isEqualTo(CriteriaService.SHIPPED_BY);
        assertThat(version.get("publishedAt").isNull()).isFalse();
        assertThat(rubricOf(version)).isEqualTo(RubricLoader.load());
        assertThat(version.at("/rubric/tracks/0/keyPart/dimensions/3/items/5/pointsNote")
                        .asText())
                .isEqualTo("原文未标分值：结果维度18分减其余各项合计15分，按3分计");
    }

    @ParameterizedTest
    @ValueSource(strings = {"expert1", "committee1", "approver", "recommender1"})
    void everyoneButTheOfficeIsRefused(String user) {
        RestClient client = RestClient.as(http, user);
        List<ResponseEntity<?>> answers = List.of(
                client.get("/api/criteria"),
                client.get("/api/criteria/1"),
                client.download("/api/criteria/1.xlsx"),
                client.get("/api/criteria/1/forms/STAFF"),
                client.post("/api/criteria", document("试图导入", RubricLoader.load())),
                client.put("/api/criteria/1", document("试图修改", RubricLoader.load())),
                client.upload(
                        "/api/criteria",
                        "criteria.xlsx",
                        CriteriaWorkbook.write(new CriteriaDocument("x", RubricLoader.load()))),
                client.post("/api/criteria/1/publish", Map.of()),
                client.post("/api/criteria/1/retire", Map.of()));

        assertThat(answers).allSatisfy(a -> assertThat(a.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN));
        assertThat(office().get("/api/criteria/1").getBody()).contains("\"status\":\"PUBLISHED\"");
    }

    @Test
    void withoutALoginTheCriteriaAreNotShown() {
        assertThat(RestClient.anonymous(http).get("/api/criteria").getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void theOfficeImportsADraftAndReadsItBackInTheShapeItSent() throws Exception {
        ResponseEntity<String> created = office().post("/api/criteria", document("2026 试行", RubricLoader.load()));

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode draft = read(created);
        long id = draft.get("id").asLong();
        assertThat(created.getHeaders().getLocation()).hasPath("/api/criteria/" + id);
        assertThat(draft.get("status").asText()).isEqualTo("DRAFT");
        assertThat(draft.get("createdBy").asText()).isEqualTo("office");
        JsonNode stored = read(office().get("/api/criteria/" + id));
        assertThat(stored.get("label").asText()).isEqualTo("2026 试行");
        assertThat(rubricOf(stored)).isEqualTo(RubricLoader.load());

        // what GET answers is what POST takes: the server's own fields are ignored
        ResponseEntity<String> again = office().post("/api/criteria", JSON.readTree(stored.toString()));
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(read(again).get("id").asLong()).isEqualTo(id + 1);
        assertThat(rubricOf(read(again))).isEqualTo(RubricLoader.load());
    }

    @Test
    void anImportWithProblemsIsRefusedWithEveryMessageAndStoresNothing() throws Exception {
        ObjectNode rubric = JSON.valueToTree(RubricLoader.load());
        ((ObjectNode) rubric.at("/tracks/0/keyPart/dimensions/2/items/0")).put("points", 4);
        ((ObjectNode) rubric.at("/commonParts/0/dimensions/0/items/1")).put("text", "");
        ((ObjectNode) rubric.at("/tracks/3")).remove("conditions");
        int before = read(office().get("/api/criteria")).size();

        ResponseEntity<String> refused = office().post("/api/criteria", Map.of("label", "有问题的版本", "rubric", rubric));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode error = read(refused);
        assertThat(error.get("code").asText()).isEqualTo("INVALID_INPUT");
        assertThat(error.get("errors").findValuesAsText("message"))
                .containsExactlyInAnyOrder(
                        "评审类别“高层管理者”·“关键要求”·“顾客满意”：各项分值合计11分，与维度分值10分不符",
                        "通用部分“基本条件”·“政治素质”第2项：细则内容不能为空",
                        "评审类别“其他人员”：缺少申报条件（其他人员应至少满足其中一条）");
        assertThat(read(office().get("/api/criteria"))).hasSize(before);
    }

    @Test
    void publishingADraftRecordsWhoAndWhenAndHappensOnce() throws Exception {
        long id = importDraft("2026 发布测试", RubricLoader.load());

        ResponseEntity<String> published = office().post("/api/criteria/" + id + "/publish", Map.of());

        assertThat(published.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode version = read(published);
        assertThat(version.get("status").asText()).isEqualTo("PUBLISHED");
        assertThat(version.get("publishedBy").asText()).isEqualTo("office");
        assertThat(version.get("publishedAt").isNull()).isFalse();
        ResponseEntity<String> again = office().post("/api/criteria/" + id + "/publish", Map.of());
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(read(again).get("code").asText()).isEqualTo("CRITERIA_ALREADY_PUBLISHED");
        assertThat(read(office().get("/api/criteria")).findValuesAsText("id")).contains(String.valueOf(id));
    }

    @Test
    void aPublishedVersionNeverChangesWhileADraftMay() throws Exception {
        long id = importDraft("2026 草稿", RubricLoader.load());
        Rubric changed = withItemText(RubricLoader.load(), "修改后的细则内容。");

        assertThat(office().put("/api/criteria/" + id, document("2026 草稿（改）", changed))
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(rubricOf(read(office().get("/api/criteria/" + id)))).isEqualTo(changed);

        office().post("/api/criteria/" + id + "/publish", Map.of());
        ResponseEntity<String> refused = office().put("/api/criteria/" + id, document("再改", RubricLoader.load()));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(read(refused).get("code").asText()).isEqualTo("CRITERIA_PUBLISHED");
        assertThat(read(refused).get("message").asText()).contains("不能再修改");
        JsonNode kept = read(office().get("/api/criteria/" + id));
        assertThat(kept.get("label").asText()).isEqualTo("2026 草稿（改）");
        assertThat(rubricOf(kept)).isEqualTo(changed);
        ResponseEntity<String> shipped = office().put("/api/criteria/1", document("改内置版本", changed));
        assertThat(shipped.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(rubricOf(read(office().get("/api/criteria/1")))).isEqualTo(RubricLoader.load());
    }

    @Test
    void theTemplateRoundTripsExportedAndImportedBackAsTheSameVersion() throws Exception {
        ResponseEntity<byte[]> exported = office().download("/api/criteria/1.xlsx");

        assertThat(exported.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(exported.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .contains("filename=\"criteria-1.xlsx\"");
        ResponseEntity<String> imported = office().upload("/api/criteria", "评定标准-1.xlsx", exported.getBody());

        assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode draft = read(imported);
        JsonNode original = read(office().get("/api/criteria/1"));
        assertThat(draft.get("label").asText()).isEqualTo(original.get("label").asText());
        assertThat(rubricOf(draft)).isEqualTo(rubricOf(original));
    }

    @Test
    void aChangedTemplateBecomesADraftWhosePreviewShowsTheChange() throws Exception {
        byte[] template = office().download("/api/criteria/1.xlsx").getBody();
        byte[] edited = editItems(template, sheet -> {
            // 高层管理者 · 顾客满意: a new text for the first item, and a point moved from the third to the first
            Row first = itemRow(sheet, "SENIOR_MANAGER", "customer_1");
            Row third = itemRow(sheet, "SENIOR_MANAGER", "customer_3");
            first.getCell(9).setCellValue("识别顾客的需求与期望（2026 试行）；");
            first.getCell(10).setCellValue(4);
            third.getCell(10).setCellValue(1);
        });
        long id = read(office().upload("/api/criteria", "评定标准-2026.xlsx", edited))
                .get("id")
                .asLong();

        JsonNode form = read(office().get("/api/criteria/" + id + "/forms/senior-manager"));

        JsonNode first = field(form, "score_customer_1");
        assertThat(first.get("label").asText()).isEqualTo("识别顾客的需求与期望（2026 试行）；（4分）");
        assertThat(first.at("/validate/max").asInt()).isEqualTo(4);
        assertThat(field(form, "score_customer_3").at("/validate/max").asInt()).isEqualTo(1);
        JsonNode shipped = read(office().get("/api/criteria/1/forms/SENIOR_MANAGER"));
        assertThat(field(shipped, "score_customer_1").at("/validate/max").asInt())
                .isEqualTo(3);
    }

    @Test
    void thePreviewOfTheShippedVersionIsTheCommittedScoreForm() throws Exception {
        for (String track : List.of("senior-manager", "middle-manager", "staff")) {
            String committed = Files.readString(Path.of("forms", "score-" + track + ".form"), StandardCharsets.UTF_8);

            assertThat(office().get("/api/criteria/1/forms/" + track).getBody()).isEqualTo(committed);
        }
    }

    @Test
    void otherPersonsHaveNoScoreFormOfTheirOwnToPreview() throws Exception {
        ResponseEntity<String> other = office().get("/api/criteria/1/forms/OTHER");

        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(read(other).at("/errors/0/code").asText()).isEqualTo("NO_SHEET_OF_ITS_OWN");
        assertThat(office().get("/api/criteria/1/forms/nobody").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(office().get("/api/criteria/999999").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aTemplateWithAWordForPointsIsRefusedNamingSheetAndRow() throws Exception {
        byte[] template = office().download("/api/criteria/1.xlsx").getBody();
        byte[] edited = editItems(
                template,
                sheet -> itemRow(sheet, "STAFF", "results_2").getCell(10).setCellValue("四分"));

        ResponseEntity<String> refused = office().upload("/api/criteria", "评定标准.xlsx", edited);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        int row = rowNumber(edited, "STAFF", "results_2");
        assertThat(read(refused).get("errors").findValuesAsText("message"))
                .contains("工作表“评分细则”第" + row + "行：分值“四分”不是数字");
    }

    @Test
    void aFileThatIsNoWorkbookIsRefused() throws Exception {
        ResponseEntity<String> refused =
                office().upload("/api/criteria", "评定标准.xlsx", "not a workbook".getBytes(StandardCharsets.UTF_8));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(read(refused).at("/errors/0/code").asText()).isEqualTo("NOT_XLSX");
    }

    @Test
    void theOfficesPageListsEveryVersionAsTextAndPublishesADraft() throws Exception {
        long id = importDraft("<b>2027</b> 试行", RubricLoader.load());

        ResponseEntity<String> page = browser("office", HttpMethod.GET, "/api/criteria");

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getHeaders().getContentType())
                .isNotNull()
                .satisfies(
                        t -> assertThat(t.isCompatibleWith(MediaType.TEXT_HTML)).isTrue());
        assertThat(page.getBody())
                .contains("&lt;b&gt;2027&lt;/b&gt; 试行")
                .doesNotContain("<b>2027")
                .contains("action=\"/api/criteria/" + id + "/publish\"")
                .contains("href=\"/api/criteria/1.xlsx\"")
                .contains("href=\"/api/criteria/1/forms/STAFF\"");

        ResponseEntity<String> published = browser("office", HttpMethod.POST, "/api/criteria/" + id + "/publish");

        // 303 back to the list, which the client follows
        assertThat(published.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(published.getBody())
                .contains("<title>评定标准版本</title>")
                .doesNotContain("action=\"/api/criteria/" + id + "/publish\"");
        assertThat(read(office().get("/api/criteria/" + id)).get("status").asText())
                .isEqualTo("PUBLISHED");
        ResponseEntity<String> again = browser("office", HttpMethod.POST, "/api/criteria/" + id + "/publish");
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody()).contains("评定标准版本“&lt;b&gt;2027&lt;/b&gt; 试行”已经发布");
        ResponseEntity<String> expert = browser("expert1", HttpMethod.GET, "/api/criteria");
        assertThat(expert.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(expert.getBody()).contains("只有评审办公室可以管理评定标准版本");
        assertThat(browser("expert1", HttpMethod.POST, "/api/criteria/" + id + "/publish")
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void pointsOfTheWrongTypeOrAFieldTheRubricDoesNotKnowAreRefusedByName() throws Exception {
        ObjectNode rubric = JSON.valueToTree(RubricLoader.load());
        ((ObjectNode) rubric.at("/commonParts/0/dimensions/0/items/0")).put("points", "一分");
        ResponseEntity<String> wrongType = office().post("/api/criteria", Map.of("label", "x", "rubric", rubric));

        ObjectNode typo = JSON.valueToTree(RubricLoader.load());
        ((ObjectNode) typo.at("/commonParts/0/dimensions/0/items/0")).put("point", 1);
        ResponseEntity<String> unknown = office().post("/api/criteria", Map.of("label", "x", "rubric", typo));

        assertThat(wrongType.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(read(wrongType).at("/errors/0/code").asText()).isEqualTo("WRONG_TYPE");
        assertThat(read(wrongType).at("/errors/0/field").asText()).endsWith("points");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(read(unknown).at("/errors/0/code").asText()).isEqualTo("UNKNOWN_FIELD");
    }

    @Test
    void aClientThatAcceptsAnythingGetsJson() throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("office", AwardScenario.PASSWORD);
        headers.setAccept(List.of(MediaType.ALL));

        ResponseEntity<String> list =
                http.exchange("/api/criteria", HttpMethod.GET, new HttpEntity<>(headers), String.class);

        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(JSON.readTree(list.getBody()).isArray()).isTrue();
    }

    private ResponseEntity<String> browser(String user, HttpMethod method, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, AwardScenario.PASSWORD);
        headers.setAccept(List.of(MediaType.TEXT_HTML));
        return http.exchange(path, method, new HttpEntity<>(headers), String.class);
    }

    private RestClient office() {
        return RestClient.as(http, "office");
    }

    private long importDraft(String label, Rubric rubric) throws Exception {
        ResponseEntity<String> created = office().post("/api/criteria", document(label, rubric));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return read(created).get("id").asLong();
    }

    private static Map<String, Object> document(String label, Rubric rubric) {
        return Map.of("label", label, "rubric", rubric);
    }

    private static Rubric withItemText(Rubric rubric, String text) {
        ObjectNode tree = JSON.valueToTree(rubric);
        ((ObjectNode) tree.at("/commonParts/0/dimensions/0/items/0")).put("text", text);
        // a JSON tree strips trailing zeros (70 becomes 7E+1): back to the scale the server stores
        return CriteriaValidator.normalize(new CriteriaDocument("", JSON.convertValue(tree, Rubric.class)))
                .rubric();
    }

    private static Rubric rubricOf(JsonNode version) {
        return JSON.convertValue(version.get("rubric"), Rubric.class);
    }

    private static JsonNode read(ResponseEntity<String> response) throws Exception {
        return JSON.readTree(response.getBody());
    }

    private static JsonNode field(JsonNode form, String key) {
        return form.findParents("key").stream()
                .filter(c -> key.equals(c.get("key").asText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no field " + key));
    }

    private static Row itemRow(Sheet sheet, String track, String itemId) {
        for (Row row : sheet) {
            if (row.getRowNum() > 0
                    && track.equals(row.getCell(0).getStringCellValue())
                    && itemId.equals(row.getCell(7).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row " + track + " " + itemId);
    }

    private static int rowNumber(byte[] workbook, String track, String itemId) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            return itemRow(book.getSheet(CriteriaWorkbook.ITEMS), track, itemId).getRowNum() + 1;
        }
    }

    private static byte[] editItems(byte[] workbook, java.util.function.Consumer<Sheet> edit) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            edit.accept(book.getSheet(CriteriaWorkbook.ITEMS));
            book.write(out);
            return out.toByteArray();
        }
    }
}
