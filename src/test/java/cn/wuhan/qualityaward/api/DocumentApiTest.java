package cn.wuhan.qualityaward.api;

import static cn.wuhan.qualityaward.support.NominationBuilder.aNomination;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhan.qualityaward.support.AwardIntegrationTest;
import cn.wuhan.qualityaward.support.AwardScenario;
import cn.wuhan.qualityaward.support.RestClient;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;

@AwardIntegrationTest
class DocumentApiTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};

    @Autowired
    TestRestTemplate http;

    @Autowired
    AwardScenario scenario;

    @Autowired
    JdbcTemplate jdbc;

    ProcessInstance nomination;
    String documents;

    @BeforeEach
    void nominationInScoring() {
        scenario.ensureUsers(5);
        String cycleId = scenario.newCycleId();
        scenario.openCycle(cycleId);
        nomination = scenario.nominationInScoring(aNomination(cycleId), "STAFF", null);
        documents = "/api/nominations/" + scenario.nominationId(nomination) + "/documents";
    }

    @Test
    void theOfficeUploadsAnApplicationAndTheExpertsOfThePanelReadIt() {
        ResponseEntity<String> uploaded = office().upload(documents, "申报书.pdf", PDF);
        assertThat(uploaded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String location = uploaded.getHeaders().getLocation().toString();

        String panelExpert = scenario.scoringTasks(nomination).get(0).getAssignee();
        ResponseEntity<String> list = RestClient.as(http, panelExpert).get(documents);
        ResponseEntity<byte[]> download = RestClient.as(http, panelExpert).download(location);

        assertThat(list.getBody()).contains("申报书.pdf").contains("application/pdf");
        assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(download.getBody()).isEqualTo(PDF);
        assertThat(download.getHeaders().getContentDisposition().getFilename()).isEqualTo("申报书.pdf");
        assertThat(download.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .as("a client that reads only filename= saves a plain name, not an encoded word")
                .containsPattern("filename=\"document-\\d+\\.pdf\"")
                .doesNotContain("=?");
    }

    @Test
    void thePageForPeopleLinksEachDocumentToItsDownload() {
        String location = office().upload(documents, "申报书.pdf", PDF)
                .getHeaders()
                .getLocation()
                .toString();
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("office", AwardScenario.PASSWORD);
        headers.setAccept(List.of(MediaType.TEXT_HTML));

        String page = http.exchange(documents, HttpMethod.GET, new HttpEntity<>(headers), String.class)
                .getBody();

        assertThat(page).contains("<a href=\"" + location + "\">申报书.pdf</a>");
        assertThat(office().download(location).getBody()).isEqualTo(PDF);
    }

    @Test
    void markupInTheFileNameIsDroppedOrEscapedOnThePage() {
        office().upload(documents, "<script>alert(1)</script>.pdf", PDF);
        office().upload(documents, "R&D 'plan'.pdf", PDF);
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("office", AwardScenario.PASSWORD);
        headers.setAccept(List.of(MediaType.TEXT_HTML));

        String page = http.exchange(documents, HttpMethod.GET, new HttpEntity<>(headers), String.class)
                .getBody();

        assertThat(page).doesNotContain("<script>").contains("R&amp;D &#39;plan&#39;.pdf");
    }

    @Test
    void imagesAreAcceptedByTheirContent() {
        assertThat(office().upload(documents, "photo.png", PNG).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(office().upload(documents, "证书扫描件", JPEG).getBody()).contains("image/jpeg");
    }

    @Test
    void anExpertNotOnThePanelCanNeitherListNorDownload() {
        String location = office().upload(documents, "申报书.pdf", PDF)
                .getHeaders()
                .getLocation()
                .toString();
        List<String> panel = scenario.scoringTasks(nomination).stream()
                .map(Task::getAssignee)
                .toList();
        String outsider = Stream.of("expert1", "expert2", "expert3", "expert4", "expert5")
                .filter(e -> !panel.contains(e))
                .findFirst()
                .orElseThrow();

        assertThat(RestClient.as(http, outsider).get(documents).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<byte[]> download = RestClient.as(http, outsider).download(location);
        assertThat(download.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(download.getBody()).isNotEqualTo(PDF);
    }

    @Test
    void neitherTheCommitteeNorAnonymousCallersReadMaterials() {
        office().upload(documents, "申报书.pdf", PDF);

        assertThat(RestClient.as(http, "committee1").get(documents).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(RestClient.anonymous(http).get(documents).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    static Stream<Arguments> badUploads() {
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        byte[] oversized = Arrays.copyOf(PDF, 20 * 1024 * 1024 + 1);
        return Stream.of(
                Arguments.of("a program named .pdf", "申报书.pdf", exe, "UNSUPPORTED_FILE_TYPE"),
                Arguments.of("a web page named .png", "photo.png", html, "UNSUPPORTED_FILE_TYPE"),
                Arguments.of("an empty file", "empty.pdf", new byte[0], "FILE_EMPTY"),
                Arguments.of("a file over 20 MB", "big.pdf", oversized, "FILE_TOO_LARGE"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badUploads")
    void aBadFileIsRefusedAndNothingIsStored(String why, String name, byte[] content, String code) {
        int before = documentRows();

        ResponseEntity<String> response = office().upload(documents, name, content);

        assertThat(response.getStatusCode().is4xxClientError())
                .as(response.getStatusCode().toString())
                .isTrue();
        assertThat(response.getBody()).contains(code);
        assertThat(documentRows()).isEqualTo(before);
    }

    @Test
    void onlyTheOfficeUploads() {
        int before = documentRows();
        String panelExpert = scenario.scoringTasks(nomination).get(0).getAssignee();

        assertThat(RestClient.as(http, panelExpert)
                        .upload(documents, "申报书.pdf", PDF)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(documentRows()).isEqualTo(before);
    }

    @Test
    void anUnknownNominationIsNotFound() {
        assertThat(office().upload("/api/nominations/999999/documents", "申报书.pdf", PDF)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(office().get("/api/nominations/999999/documents").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void theOfficeDeletesADocumentWhichLeavesTheMaterialsButStaysOnRecord() {
        String kept = office().upload(documents, "申报书.pdf", PDF)
                .getHeaders()
                .getLocation()
                .toString();
        String removed = office().upload(documents, "旧版证书.png", PNG)
                .getHeaders()
                .getLocation()
                .toString();
        String panelExpert = scenario.scoringTasks(nomination).get(0).getAssignee();

        ResponseEntity<String> deleted = http.exchange(removed, HttpMethod.DELETE, basic("office"), String.class);

        assertThat(deleted.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(RestClient.as(http, panelExpert).get(documents).getBody())
                .contains("申报书.pdf")
                .doesNotContain("旧版证书.png");
        assertThat(RestClient.as(http, panelExpert).download(removed).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(RestClient.as(http, panelExpert).download(kept).getBody()).isEqualTo(PDF);
        assertThat(office().download(removed).getBody())
                .as("the office still reads it, for the record")
                .isEqualTo(PNG);
        assertThat(jdbc.queryForMap(
                        "select deleted_by, deleted_at, content from nomination_document where id = ?", idOf(removed)))
                .containsEntry("DELETED_BY", "office")
                .satisfies(row -> assertThat(row.get("DELETED_AT")).isNotNull())
                .satisfies(row -> assertThat((byte[]) row.get("CONTENT")).isEqualTo(PNG));
        assertThat(page("office").getBody()).contains("已删除的材料（留档备查）").contains(">旧版证书.png</a>");
    }

    static Stream<String> notTheOffice() {
        return Stream.of("panel expert", "recommending unit", "committee1", "approver");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notTheOffice")
    void nobodyButTheOfficeDeletesAndTheDocumentStaysAsItWas(String who) {
        String location = office().upload(documents, "申报书.pdf", PDF)
                .getHeaders()
                .getLocation()
                .toString();
        String user = userFor(who);
        Map<String, Object> before = row(location);

        ResponseEntity<String> overRest = http.exchange(location, HttpMethod.DELETE, basic(user), String.class);
        ResponseEntity<String> fromThePage =
                http.exchange(location + "/delete", HttpMethod.POST, browser(user), String.class);

        assertThat(overRest.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(overRest.getBody()).contains("FORBIDDEN").contains("只有评审办公室可以删除申报材料");
        assertThat(fromThePage.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(fromThePage.getBody()).contains("只有评审办公室可以删除申报材料").contains("返回任务列表");
        assertThat(row(location)).isEqualTo(before);
        assertThat(RestClient.anonymous(http).get(location).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aDocumentDeletedAlreadyOrOfAnotherNominationIsNotFoundAndNothingChanges() {
        String location = office().upload(documents, "申报书.pdf", PDF)
                .getHeaders()
                .getLocation()
                .toString();
        http.exchange(location, HttpMethod.DELETE, basic("office"), String.class);
        Map<String, Object> deleted = row(location);
        long id = idOf(location);

        ResponseEntity<String> again = http.exchange(location, HttpMethod.DELETE, basic("office"), String.class);
        ResponseEntity<String> elsewhere = http.exchange(
                "/api/nominations/999999/documents/" + id, HttpMethod.DELETE, basic("office"), String.class);

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(again.getBody()).contains("不存在或已删除");
        assertThat(elsewhere.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(row(location)).isEqualTo(deleted);
    }

    @Test
    void thePageNamesTheNominationByItsReferenceAndLeadsBackToTasklistWithoutScript() {
        String reference = jdbc.queryForObject(
                "select reference_no from nomination where id = ?", String.class, scenario.nominationId(nomination));
        ResponseEntity<String> page = page("office");

        assertThat(page.getBody())
                .contains("<title>申报材料 · " + reference + "</title>")
                .contains("<h1>申报材料</h1>")
                .contains("href=\"/camunda/app/tasklist/\">← 返回任务列表</a>")
                .doesNotContain("<script");
        assertThat(page.getHeaders().getFirst("Content-Security-Policy"))
                .contains("default-src 'none'")
                .contains("form-action 'self'")
                .doesNotContain("unsafe-inline")
                .doesNotContain("script-src");
    }

    @Test
    void theOfficesPageOffersUploadAndDeleteAndAPanelExpertsNeitherNorTheNomineesName() {
        office().upload(documents, "申报书.pdf", PDF);
        String panelExpert = scenario.scoringTasks(nomination).get(0).getAssignee();

        String offices = page("office").getBody();
        String experts = page(panelExpert).getBody();

        assertThat(offices).contains("type=\"file\"").contains("/delete\"").contains("王芳");
        assertThat(experts)
                .contains("申报书.pdf")
                .doesNotContain("type=\"file\"")
                .doesNotContain("/delete\"")
                .doesNotContain("王芳");
    }

    @Test
    void theNominationsUnitUploadsFromThePageWhileItIsCheckedButNeverDeletes() {
        scenario.ensureRecommender(UNIT_USER, UNIT);
        ProcessInstance filed = scenario.nominate(
                aNomination(scenario.newCycleIdWithOpenCycle()).named("李明").with("recommendingUnit", UNIT));
        String inReview = "/api/nominations/" + scenario.nominationId(filed) + "/documents";

        String beingChecked = http.exchange(inReview, HttpMethod.GET, browser(UNIT_USER), String.class)
                .getBody();
        ResponseEntity<String> uploaded = pageUpload(UNIT_USER, inReview, "申报书.pdf", PDF);

        assertThat(beingChecked)
                .contains("type=\"file\"")
                .doesNotContain("/delete\"")
                .contains("李明");
        assertThat(uploaded.getBody()).contains("已上传“申报书.pdf”。");
        assertThat(RestClient.as(http, UNIT_USER).get(inReview).getBody()).contains("申报书.pdf");
    }

    @Test
    void theNominationsUnitNeitherUploadsNorDeletesOnceTheFormalReviewHasEnded() {
        scenario.ensureRecommender(UNIT_USER, "青山区质量强区办");
        office().upload(documents, "申报书.pdf", PDF);
        int before = documentRows();

        String page = page(UNIT_USER).getBody();
        ResponseEntity<String> uploaded = pageUpload(UNIT_USER, documents, "补充.pdf", PDF);

        assertThat(page).contains("申报书.pdf").doesNotContain("type=\"file\"").doesNotContain("/delete\"");
        assertThat(uploaded.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(uploaded.getBody()).contains("在形式审查结束前").contains("返回任务列表");
        assertThat(documentRows()).isEqualTo(before);
    }

    @Test
    void uploadingFromThePageReturnsToThePageWithTheFileConfirmed() {
        int before = documentRows();

        // the client follows the 303 back to the page, as a browser does
        ResponseEntity<String> uploaded = pageUpload("office", documents, "R&D 'plan'.pdf", PDF);

        assertThat(uploaded.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(uploaded.getBody())
                .contains("<h1>申报材料</h1>")
                .contains("已上传“R&amp;D &#39;plan&#39;.pdf”。")
                .contains(">R&amp;D &#39;plan&#39;.pdf</a>");
        assertThat(documentRows()).isEqualTo(before + 1);
    }

    static Stream<Arguments> refusedOnThePage() {
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        return Stream.of(
                Arguments.of("a program named .pdf", "申报书.pdf", exe, "只接受PDF、JPEG或PNG文件"),
                Arguments.of("a file over 20 MB", "big.pdf", Arrays.copyOf(PDF, 20 * 1024 * 1024 + 1), "文件大小超过20MB的上限"),
                Arguments.of("an empty file", "empty.pdf", new byte[0], "文件是空的"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedOnThePage")
    void aFileRefusedOnThePageShowsTheReasonInChineseAndStoresNothing(
            String why, String name, byte[] content, String message) {
        office().upload(documents, "申报书.pdf", PDF);
        int before = documentRows();

        ResponseEntity<String> refused = pageUpload("office", documents, name, content);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML))
                .isTrue();
        assertThat(refused.getBody()).contains("未上传：").contains(message).contains(">申报书.pdf</a>");
        assertThat(documentRows()).isEqualTo(before);
    }

    @Test
    void deletingFromThePageReturnsToThePageWithTheDeletionConfirmed() {
        String location = office().upload(documents, "旧版证书.png", PNG)
                .getHeaders()
                .getLocation()
                .toString();

        // the client follows the 303 back to the page, as a browser does
        ResponseEntity<String> deleted =
                http.exchange(location + "/delete", HttpMethod.POST, browser("office"), String.class);

        assertThat(deleted.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(deleted.getBody()).contains("已删除“旧版证书.png”").contains("留档备查");
        assertThat(row(location).get("DELETED_BY")).isEqualTo("office");
    }

    @Test
    void aPersonRefusedThePageReadsWhyInChineseOnAPage() {
        ResponseEntity<String> refused = http.exchange(documents, HttpMethod.GET, browser("committee1"), String.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML))
                .isTrue();
        assertThat(refused.getBody()).contains("不能查看其材料").contains("返回任务列表");
    }

    @Test
    void anUnknownNominationsPageIsAPageInChineseAndAConfirmationOfNothingIsLeftOut() {
        ResponseEntity<String> unknown =
                http.exchange("/api/nominations/999999/documents", HttpMethod.GET, browser("office"), String.class);
        ResponseEntity<String> odd =
                http.exchange(documents + "?added=abc&deleted=12x", HttpMethod.GET, browser("office"), String.class);

        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getBody()).contains("该申报不存在。");
        assertThat(odd.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(odd.getBody()).doesNotContain("已上传").doesNotContain("已删除“");
    }

    static final String UNIT_USER = "recMaterials";
    static final String UNIT = "材料测试质量强区办";

    private String userFor(String who) {
        return switch (who) {
            case "panel expert" -> scenario.scoringTasks(nomination).get(0).getAssignee();
            case "recommending unit" -> {
                scenario.ensureRecommender(UNIT_USER, "青山区质量强区办");
                yield UNIT_USER;
            }
            default -> who;
        };
    }

    private ResponseEntity<String> page(String user) {
        return http.exchange(documents, HttpMethod.GET, browser(user), String.class);
    }

    /** What a browser sends from the page: HTML accepted, the application's own origin. */
    private HttpEntity<Object> browser(String user) {
        return browser(user, null);
    }

    private HttpEntity<Object> browser(String user, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, AwardScenario.PASSWORD);
        headers.setAccept(List.of(MediaType.TEXT_HTML));
        headers.setOrigin(http.getRootUri());
        if (body != null) {
            headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        }
        return new HttpEntity<>(body, headers);
    }

    private ResponseEntity<String> pageUpload(String user, String path, String name, byte[] content) {
        LinkedMultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        return http.exchange(path + "?from=page", HttpMethod.POST, browser(user, body), String.class);
    }

    private static HttpEntity<Void> basic(String user) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, AwardScenario.PASSWORD);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        return new HttpEntity<>(headers);
    }

    private static long idOf(String location) {
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private Map<String, Object> row(String location) {
        return jdbc.queryForMap(
                "select id, file_name, sha256, uploaded_by, deleted_by, deleted_at from nomination_document where id = ?",
                idOf(location));
    }

    private RestClient office() {
        return RestClient.as(http, "office");
    }

    private int documentRows() {
        return jdbc.queryForObject("select count(*) from nomination_document", Integer.class);
    }
}
