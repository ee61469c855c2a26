package cn.wuhan.qualityaward.identity;

import static cn.wuhan.qualityaward.support.FilingBuilder.aFiling;
import static cn.wuhan.qualityaward.support.NominationBuilder.aNomination;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhan.qualityaward.common.FieldProblem;
import cn.wuhan.qualityaward.common.InvalidInputException;
import cn.wuhan.qualityaward.nomination.document.DocumentService;
import cn.wuhan.qualityaward.scoring.ScoreSheetVariables;
import cn.wuhan.qualityaward.scoring.ScoringService;
import cn.wuhan.qualityaward.support.AwardIntegrationTest;
import cn.wuhan.qualityaward.support.AwardScenario;
import cn.wuhan.qualityaward.support.RestClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Who may do what: every cell of role × resource × action, allowed or denied, over the award's API,
 * the engine's REST API, the web applications and the Java services.
 */
@AwardIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {

    enum Role {
        OFFICE,
        PANEL_EXPERT,
        OTHER_EXPERT,
        COMMITTEE,
        APPROVER,
        ANONYMOUS,
        OTHER_UNITS_RECOMMENDER
    }

    /** A recommending unit that did not file the nomination under test. */
    static final String OTHER_UNIT = "矩阵测试推荐单位";

    enum Expect {
        ALLOW,
        DENY
    }

    static final byte[] PDF = "%PDF-1.7\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    TestRestTemplate http;

    @Autowired
    AwardScenario scenario;

    @Autowired
    DocumentService documents;

    @Autowired
    ScoringService scoring;

    String cycleId;
    ProcessInstance nomination;
    long nominationId;
    String documentUrl;
    Task panelTask;
    String panelExpert;
    String otherExpert;

    /** Set up once, when the first cell runs (the coverage recorder needs a running test). */
    @BeforeEach
    void aNominationInScoringWithItsMaterials() {
        if (nomination != null) {
            return;
        }
        scenario.ensureUsers(5);
        scenario.ensureRecommender("recommender9", OTHER_UNIT);
        cycleId = scenario.newCycleId();
        scenario.openCycle(cycleId);
        nomination = scenario.nominationInScoring(aNomination(cycleId), "STAFF", null);
        nominationId = scenario.nominationId(nomination);
        panelTask = scenario.scoringTasks(nomination).get(0);
        panelExpert = panelTask.getAssignee();
        List<String> panel = scenario.scoringTasks(nomination).stream()
                .map(Task::getAssignee)
                .toList();
        otherExpert = Stream.of("expert1", "expert2", "expert3", "expert4", "expert5")
                .filter(e -> !panel.contains(e))
                .findFirst()
                .orElseThrow();
        documentUrl = RestClient.as(http, "office")
                .upload(documents(), "申报书.pdf", PDF)
                .getHeaders()
                .getLocation()
                .toString();
    }

    String documents() {
        return "/api/nominations/" + nominationId + "/documents";
    }

    String user(Role role) {
        return switch (role) {
            case OFFICE -> "office";
            case PANEL_EXPERT -> panelExpert;
            case OTHER_EXPERT -> otherExpert;
            case COMMITTEE -> "committee1";
            case APPROVER -> "approver";
            case ANONYMOUS -> null;
            case OTHER_UNITS_RECOMMENDER -> "recommender9";
        };
    }

    /** The office uploads a document, then the role tries to delete it. */
    boolean deletesAFreshDocument(Role role) {
        String fresh = RestClient.as(http, "office")
                .upload(documents(), "待删除.pdf", PDF)
                .getHeaders()
                .getLocation()
                .toString();
        HttpHeaders headers = new HttpHeaders();
        if (role != Role.ANONYMOUS) {
            headers.setBasicAuth(user(role), AwardScenario.PASSWORD);
        }
        return http.exchange(fresh, HttpMethod.DELETE, new HttpEntity<>(headers), String.class)
                .getStatusCode()
                .is2xxSuccessful();
    }

    RestClient as(Role role) {
        return role == Role.ANONYMOUS ? RestClient.anonymous(http) : RestClient.as(http, user(role));
    }

    /** One cell: what the role does, and whether the answer means it was let through. */
    record Cell(Role role, String resource, String action, Expect expect, Function<AccessMatrixTest, Boolean> allowed) {
        @Override
        public String toString() {
            return role + " " + action + " " + resource + " → " + expect;
        }
    }

    static List<Cell> cells() {
        List<Cell> cells = new ArrayList<>();
        for (Role role : Role.values()) {
            boolean office = role == Role.OFFICE;
            boolean panel = role == Role.PANEL_EXPERT;
            boolean files = office || role == Role.OTHER_UNITS_RECOMMENDER;
            cells.add(new Cell(
                    role,
                    "/api/nominations",
                    "file a nomination",
                    files ? Expect.ALLOW : Expect.DENY,
                    t -> t.as(role)
                            .post(
                                    "/api/nominations",
                                    (office
                                                    ? aFiling(t.cycleId)
                                                    : aFiling(t.cycleId).without("recommendingUnit"))
                                            .with("nomineeName", "矩阵" + role)
                                            .without("idNumber")
                                            .json())
                            .getStatusCode()
                            .is2xxSuccessful()));
            cells.add(new Cell(
                    role,
                    "documents",
                    "list",
                    office || panel ? Expect.ALLOW : Expect.DENY,
                    t -> t.as(role).get(t.documents()).getStatusCode().is2xxSuccessful()));
            cells.add(new Cell(
                    role,
                    "documents",
                    "download",
                    office || panel ? Expect.ALLOW : Expect.DENY,
                    t -> t.as(role).download(t.documentUrl).getStatusCode().is2xxSuccessful()));
            cells.add(new Cell(
                    role,
                    "documents",
                    "upload",
                    office ? Expect.ALLOW : Expect.DENY,
                    t -> t.as(role)
                            .upload(t.documents(), "补充材料.pdf", PDF)
                            .getStatusCode()
                            .is2xxSuccessful()));
            cells.add(new Cell(
                    role,
                    "documents",
                    "delete",
                    office ? Expect.ALLOW : Expect.DENY,
                    t -> t.deletesAFreshDocument(role)));
            cells.add(new Cell(
                    role,
                    "/api/experts",
                    "list the pool",
                    office ? Expect.ALLOW : Expect.DENY,
                    t -> t.as(role).get("/api/experts").getStatusCode().is2xxSuccessful()));
            cells.add(new Cell(
                    role,
                    "the panel expert's scoring task",
                    "read",
                    office || panel ? Expect.ALLOW : Expect.DENY,
                    t -> t.as(role)
                            .get("/engine-rest/task/" + t.panelTask.getId())
                            .getStatusCode()
                            .is2xxSuccessful()));
            // variable classes, read and written through the panel expert's own scoring task
            for (String[] variable : new String[][] {
                {"nomineeName", "the task card's variables"},
                {"scoringExperts", "the panel's composition"},
                {"nrOfCompletedInstances", "the panel's progress"},
                {"expert", "the seat's holder"}
            }) {
                boolean card = variable[0].equals("nomineeName");
                cells.add(new Cell(
                        role,
                        variable[1] + " (" + variable[0] + ") through the scoring task",
                        "read",
                        office || (panel && card) ? Expect.ALLOW : Expect.DENY,
                        t -> t.as(role)
                                .get("/engine-rest/task/" + t.panelTask.getId() + "/variables/" + variable[0])
                                .getStatusCode()
                                .is2xxSuccessful()));
                cells.add(new Cell(
                        role,
                        variable[1] + " (" + variable[0] + ") through the scoring task",
                        "write",
                        Expect.DENY,
                        t -> t.as(role)
                                .put(
                                        "/engine-rest/task/" + t.panelTask.getId() + "/variables/" + variable[0],
                                        Map.of("value", "x"))
                                .getStatusCode()
                                .is2xxSuccessful()));
            }
            cells.add(new Cell(
                    role, "the nomination's process variables", "read", office ? Expect.ALLOW : Expect.DENY, t -> {
                        ResponseEntity<String> r =
                                t.as(role).get("/engine-rest/process-instance/" + t.nomination.getId() + "/variables");
                        return r.getStatusCode().is2xxSuccessful()
                                && r.getBody().contains("nomineeName");
                    }));
            boolean readsRanking = office || role == Role.COMMITTEE || role == Role.APPROVER;
            cells.add(new Cell(
                    role,
                    "the cycle's ranking",
                    "read",
                    readsRanking ? Expect.ALLOW : Expect.DENY,
                    t -> t.as(role)
                            .get("/api/cycles/" + t.cycleId + "/ranking")
                            .getStatusCode()
                            .is2xxSuccessful()));
            cells.add(new Cell(
                    role,
                    "the cycle's summary",
                    "read",
                    readsRanking ? Expect.ALLOW : Expect.DENY,
                    t -> t.as(role)
                            .get("/api/cycles/" + t.cycleId + "/summary")
                            .getStatusCode()
                            .is2xxSuccessful()));
            cells.add(new Cell(
                    role,
                    "the cycle's progress (评选进度)",
                    "read",
                    office ? Expect.ALLOW : Expect.DENY,
                    t -> t.as(role)
                            .get("/api/cycles/" + t.cycleId + "/progress")
                            .getStatusCode()
                            .is2xxSuccessful()));
            // nothing is scored or published yet: a reader with access hears "not yet" (409), not "forbidden"
            cells.add(new Cell(
                    role,
                    "a nominee's score dossier",
                    "ask for",
                    readsRanking ? Expect.ALLOW : Expect.DENY,
                    t -> mayAsk(t.as(role).get("/api/nominations/" + t.nominationId + "/dossier.xlsx"))));
            cells.add(new Cell(
                    role,
                    "the public-notice list",
                    "ask for",
                    role != Role.ANONYMOUS ? Expect.ALLOW : Expect.DENY,
                    t -> mayAsk(t.as(role).get("/api/cycles/" + t.cycleId + "/notice"))));
            if (role != Role.PANEL_EXPERT) {
                cells.add(new Cell(
                        role,
                        "the panel expert's scoring task",
                        "complete",
                        Expect.DENY,
                        t -> t.as(role)
                                .post(
                                        "/engine-rest/task/" + t.panelTask.getId() + "/complete",
                                        RestClient.variables(t.scenario
                                                .sheetFor(t.nomination)
                                                .scoringShare(0.8)
                                                .variables()))
                                .getStatusCode()
                                .is2xxSuccessful()));
            }
            if (role != Role.ANONYMOUS) {
                for (String app : List.of("tasklist", "cockpit", "admin")) {
                    boolean mayUse = app.equals("tasklist") || (app.equals("cockpit") && office);
                    cells.add(new Cell(
                            role,
                            "web application " + app,
                            "log in",
                            mayUse ? Expect.ALLOW : Expect.DENY,
                            t -> t.logIn(t.user(role), app)));
                }
            }
        }
        cells.add(new Cell(
                Role.OTHER_UNITS_RECOMMENDER,
                "/api/nominations",
                "list another unit's nomination",
                Expect.DENY,
                t -> t.as(Role.OTHER_UNITS_RECOMMENDER)
                        .get("/api/nominations")
                        .getBody()
                        .contains("\"id\":" + t.nominationId + ",")));
        cells.add(new Cell(
                Role.OFFICE,
                "/api/nominations",
                "list another unit's nomination",
                Expect.ALLOW,
                t -> t.as(Role.OFFICE).get("/api/nominations").getBody().contains("\"id\":" + t.nominationId + ",")));
        cells.add(new Cell(
                Role.OFFICE,
                "DocumentService",
                "may read",
                Expect.ALLOW,
                t -> t.documents.mayRead(t.nominationId, "office", true)));
        cells.add(new Cell(
                Role.PANEL_EXPERT,
                "DocumentService",
                "may read",
                Expect.ALLOW,
                t -> t.documents.mayRead(t.nominationId, t.panelExpert, false)));
        cells.add(new Cell(
                Role.OTHER_EXPERT,
                "DocumentService",
                "may read",
                Expect.DENY,
                t -> t.documents.mayRead(t.nominationId, t.otherExpert, false)));
        cells.add(new Cell(
                Role.COMMITTEE,
                "DocumentService",
                "may read",
                Expect.DENY,
                t -> t.documents.mayRead(t.nominationId, "committee1", false)));
        cells.add(new Cell(Role.OTHER_EXPERT, "ScoringService", "submit a sheet", Expect.DENY, t -> {
            Map<String, Object> sheet =
                    t.scenario.sheetFor(t.nomination).scoringShare(0.8).variables();
            try {
                t.scoring.submit(t.nominationId, t.otherExpert, ScoreSheetVariables.items(sheet), "评语");
                return true;
            } catch (InvalidInputException refused) {
                assertThat(refused.problems()).extracting(FieldProblem::code).containsExactly("NOT_ON_PANEL");
                return false;
            }
        }));
        return cells;
    }

    private static boolean mayAsk(ResponseEntity<String> response) {
        int status = response.getStatusCode().value();
        assertThat(status).as(response.getBody()).isIn(200, 401, 403, 409);
        return status == 200 || status == 409;
    }

    Stream<Arguments> matrix() {
        return cells().stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void everyCellIsAsAllowed(Cell cell) {
        assertThat(cell.allowed().apply(this)).as(cell.toString()).isEqualTo(cell.expect() == Expect.ALLOW);
    }

    @Test
    void theMatrixHasAtLeastFortyCells() {
        assertThat(cells()).hasSizeGreaterThanOrEqualTo(40);
    }

    /** Logs in to a Camunda web application as a browser would: session, CSRF token, then the login form. */
    boolean logIn(String user, String app) {
        ResponseEntity<String> page = http.getForEntity("/camunda/app/tasklist/default/", String.class);
        String token = page.getHeaders().getFirst("X-XSRF-TOKEN");
        String session = page.getHeaders().get(HttpHeaders.SET_COOKIE).stream()
                .filter(c -> c.startsWith("JSESSIONID"))
                .findFirst()
                .orElseThrow()
                .split(";")[0];
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.add("X-XSRF-TOKEN", token);
        headers.add(HttpHeaders.COOKIE, session + "; XSRF-TOKEN=" + token);
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", user);
        form.add("password", AwardScenario.PASSWORD);
        ResponseEntity<String> login = http.exchange(
                "/camunda/api/admin/auth/user/default/login/" + app,
                HttpMethod.POST,
                new HttpEntity<>(form, headers),
                String.class);
        return login.getStatusCode().is2xxSuccessful();
    }
}
