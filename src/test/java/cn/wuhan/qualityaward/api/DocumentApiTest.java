package cn.wuhan.qualityaward.api;

import static cn.wuhan.qualityaward.support.NominationBuilder.aNomination;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhan.qualityaward.support.AwardIntegrationTest;
import cn.wuhan.qualityaward.support.AwardScenario;
import cn.wuhan.qualityaward.support.RestClient;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
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
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

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

    private RestClient office() {
        return RestClient.as(http, "office");
    }

    private int documentRows() {
        return jdbc.queryForObject("select count(*) from nomination_document", Integer.class);
    }
}
