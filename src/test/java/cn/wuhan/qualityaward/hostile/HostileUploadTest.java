package cn.wuhan.qualityaward.hostile;

import static cn.wuhan.qualityaward.support.NominationBuilder.aNomination;
import static cn.wuhan.qualityaward.support.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhan.qualityaward.support.AwardDataSnapshot;
import cn.wuhan.qualityaward.support.AwardIntegrationTest;
import cn.wuhan.qualityaward.support.AwardScenario;
import cn.wuhan.qualityaward.support.RestClient;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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

/** Hostile uploads of a nomination's materials: path tricks, wrong ids, wrong shapes. */
@AwardIntegrationTest
class HostileUploadTest {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static String documents;

    @Autowired
    TestRestTemplate http;

    @Autowired
    AwardScenario scenario;

    @Autowired
    ProcessEngine engine;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void aNominationInScoring() {
        scenario.ensureUsers(5);
        if (documents == null) {
            String cycleId = scenario.newCycleId();
            scenario.openCycle(cycleId);
            documents = "/api/nominations/"
                    + scenario.nominationId(scenario.nominationInScoring(aNomination(cycleId), "STAFF", null))
                    + "/documents";
        }
    }

    @ParameterizedTest(name = "a file named {0} is refused for its path")
    @ValueSource(
            strings = {
                "../../etc/passwd.pdf",
                "..\\..\\Windows\\win.ini.pdf",
                "/etc/passwd.pdf",
                "材料/../../申报书.pdf",
                "C:\\材料\\申报书.pdf"
            })
    void aFileNameWithAPathIsRefusedAndNothingIsStored(String name) {
        assertUploadRefused(
                () -> office().upload(documents, name, PDF), HttpStatus.BAD_REQUEST, "FILE_NAME_INVALID", "文件名不能包含路径");
    }

    @Test
    void aFileNameWithATabIsRefused() {
        assertUploadRefused(
                () -> office().upload(documents, "申报书\t.pdf", PDF), HttpStatus.BAD_REQUEST, "FILE_NAME_INVALID");
    }

    @Test
    void aFileNameWithANullCharacterIsRefused() {
        assertUploadRefused(
                () -> office().upload(documents, "申报书.pdf\u0000.exe", PDF),
                HttpStatus.BAD_REQUEST,
                "FILE_NAME_INVALID");
    }

    @Test
    void aNominationIdThatIsAWordIsTheWrongType() {
        assertUploadRefused(
                () -> office().upload("/api/nominations/abc/documents", "申报书.pdf", PDF),
                HttpStatus.BAD_REQUEST,
                "WRONG_TYPE",
                "nominationId");
    }

    @Test
    void aNominationIdThatIsAnSqlConditionIsTheWrongType() {
        assertUploadRefused(
                () -> office().upload("/api/nominations/1 OR 1=1/documents", "申报书.pdf", PDF),
                HttpStatus.BAD_REQUEST,
                "WRONG_TYPE");
    }

    @Test
    void anUploadWhoseFileIsInAPartOfAnotherNameIsMissingItsFile() {
        LinkedMultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("document", new ByteArrayResource(PDF) {
            @Override
            public String getFilename() {
                return "申报书.pdf";
            }
        });

        assertUploadRefused(
                () -> send(body, MediaType.MULTIPART_FORM_DATA), HttpStatus.BAD_REQUEST, "REQUIRED", "请选择要上传的文件");
    }

    @Test
    void anUploadSentAsJsonIsAnUnsupportedFormat() {
        assertUploadRefused(
                () -> send("{\"file\": \"JVBERi0xLjc=\"}", MediaType.APPLICATION_JSON),
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "UNSUPPORTED_MEDIA_TYPE");
    }

    private ResponseEntity<String> send(Object body, MediaType type) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth("office", AwardScenario.PASSWORD);
        headers.setContentType(type);
        return http.exchange(documents, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    private void assertUploadRefused(Supplier<ResponseEntity<String>> upload, HttpStatus status, String... expected) {
        AwardDataSnapshot before = AwardDataSnapshot.take(jdbc, engine);

        ResponseEntity<String> response = upload.get();

        assertRefused(response, status, expected);
        assertThat(AwardDataSnapshot.take(jdbc, engine)).isEqualTo(before);
    }

    private RestClient office() {
        return RestClient.as(http, "office");
    }
}
