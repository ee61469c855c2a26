package cn.wuhan.qualityaward.identity;

import static cn.wuhan.qualityaward.support.NominationBuilder.aNomination;
import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhan.qualityaward.support.AwardIntegrationTest;
import cn.wuhan.qualityaward.support.AwardScenario;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a hostile insider with a demo account tried over the web, each refused: a cross-site upload
 * riding on the office's Tasklist session, locking someone out with wrong passwords, reading the
 * API's documentation anonymously, and listing who sits in which group.
 */
@AwardIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class InsiderWebTest {

    static final byte[] PDF = "%PDF-1.7\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @LocalServerPort
    int port;

    @Autowired
    AwardScenario scenario;

    @Autowired
    IdentityService identity;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LoginSettings loginSettings;

    @Autowired
    LoginThrottle throttle;

    final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    int maxFailures;
    Duration window;

    @BeforeEach
    void users() {
        scenario.ensureUsers(5);
        maxFailures = loginSettings.getMaxFailures();
        window = loginSettings.getWindow();
    }

    @AfterEach
    void restoreTheThrottle() {
        loginSettings.setMaxFailures(maxFailures);
        loginSettings.setWindow(window);
        throttle.reset();
    }

    // ---- CSRF on /api ------------------------------------------------------------------------------

    @Test
    void anUploadOnTheOfficesSessionFromAnotherSiteIsRefusedAndStoresNothing() throws Exception {
        String documents = documentsOfANewNomination();
        String session = logIn("office", "tasklist");

        HttpResponse<String> response = upload(documents, session, Map.of("Origin", "http://evil.example"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("\"code\":\"CSRF_REFUSED\"").contains("其他网站");
        assertThat(documentCount(documents)).isZero();
    }

    @Test
    void anUploadOnTheOfficesSessionFromAnotherPortOfTheSameHostIsRefused() throws Exception {
        String documents = documentsOfANewNomination();
        String session = logIn("office", "tasklist");

        HttpResponse<String> response = upload(documents, session, Map.of("Origin", "http://localhost:" + (port + 1)));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(documentCount(documents)).isZero();
    }

    @Test
    void anUploadOnASessionThatNamesNoOriginAndNoRefererIsRefused() throws Exception {
        String documents = documentsOfANewNomination();
        String session = logIn("office", "tasklist");

        HttpResponse<String> response = upload(documents, session, Map.of());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("CSRF_REFUSED");
        assertThat(documentCount(documents)).isZero();
    }

    @Test
    void anUploadOnASessionFromTheApplicationsOwnPagesIsAccepted() throws Exception {
        String documents = documentsOfANewNomination();
        String session = logIn("office", "tasklist");

        HttpResponse<String> byOrigin = upload(documents, session, Map.of("Origin", "http://localhost:" + port));
        HttpResponse<String> byReferer = upload(
                documents, session, Map.of("Referer", "http://localhost:" + port + "/camunda/app/tasklist/default/"));

        assertThat(byOrigin.statusCode()).as(byOrigin.body()).isEqualTo(201);
        assertThat(byReferer.statusCode()).as(byReferer.body()).isEqualTo(201);
        assertThat(documentCount(documents)).isEqualTo(2);
    }

    @Test
    void aPortalWithHttpBasicAndNoOriginUploadsAsBefore() throws Exception {
        String documents = documentsOfANewNomination();

        HttpResponse<String> response =
                upload(documents, null, Map.of("Authorization", basic("office", AwardScenario.PASSWORD)));

        assertThat(response.statusCode()).isEqualTo(201);
    }

    @Test
    void aBrowserThatSendsRememberedBasicCredentialsFromAnotherSiteIsRefused() throws Exception {
        String documents = documentsOfANewNomination();

        HttpResponse<String> response = upload(
                documents,
                null,
                Map.of("Authorization", basic("office", AwardScenario.PASSWORD), "Origin", "http://evil.example"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(documentCount(documents)).isZero();
    }

    // ---- throttling without lock-out ---------------------------------------------------------------

    @Test
    void fifteenWrongPasswordsAreHeldOffWith429AndTheUserIsNotLockedOut(CapturedOutput output) throws Exception {
        String user = newUser("right");
        loginSettings.setMaxFailures(5);
        loginSettings.setWindow(Duration.ofSeconds(3));

        List<Integer> statuses = new ArrayList<>();
        HttpResponse<String> last = null;
        for (int i = 0; i < 15; i++) {
            // the same address over both APIs: they share one count
            String path = i % 2 == 0 ? "/engine-rest/process-definition/count" : "/api/cycles/none/notice";
            last = get(path, basic(user, "wrong" + i));
            statuses.add(last.statusCode());
        }

        assertThat(statuses.subList(0, 5)).containsOnly(401);
        assertThat(statuses.subList(5, 15)).containsOnly(429);
        assertThat(last.headers().firstValue("Retry-After"))
                .hasValueSatisfying(s -> assertThat(Long.parseLong(s)).isBetween(1L, 3L));
        assertThat(last.body()).contains("\"code\":\"TOO_MANY_FAILED_LOGINS\"").contains("请稍后再试");
        // while held off, even the right password is not checked
        assertThat(get("/engine-rest/process-definition/count", basic(user, "right"))
                        .statusCode())
                .isEqualTo(429);
        assertThat(webAppLogin(user, "right", "tasklist").statusCode()).isEqualTo(429);

        Thread.sleep(3_200);

        assertThat(get("/engine-rest/process-definition/count", basic(user, "right"))
                        .statusCode())
                .isEqualTo(200);
        assertThat(jdbc.queryForObject("select LOCK_EXP_TIME_ from ACT_ID_USER where ID_ = ?", Timestamp.class, user))
                .isNull();
        assertThat(output.getOut() + output.getErr())
                .contains("登录失败")
                .contains("用户 " + user)
                .contains("127.0.0.1");
    }

    @Test
    void wrongPasswordsAtTheWebAppLoginCountTowardsTheSameLimit() throws Exception {
        String user = newUser("right");
        loginSettings.setMaxFailures(3);

        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            statuses.add(webAppLogin(user, "wrong" + i, "tasklist").statusCode());
        }

        assertThat(statuses).containsExactly(401, 401, 401, 429, 429);
        assertThat(get("/api/cycles/none/notice", basic(user, "right")).statusCode())
                .isEqualTo(429);
    }

    @Test
    void theEnginesPasswordCheckCannotBeUsedToGuessAroundTheThrottle() throws Exception {
        String guess = "{\"username\":\"expert2\",\"password\":\"guess\"}";
        // the office may read every user, so the engine would answer it for anyone
        for (String path : List.of("/engine-rest/identity/verify", "/engine-rest/engine/default/identity/verify")) {
            HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path))
                    .header("Authorization", basic("office", AwardScenario.PASSWORD))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(guess)));

            assertThat(response.statusCode()).as(path).isEqualTo(403);
            assertThat(response.body()).doesNotContain("authenticated");
        }
    }

    @Test
    void theRightPasswordRightAfterAWrongOneIsAccepted() throws Exception {
        String user = newUser("right");

        assertThat(get("/engine-rest/process-definition/count", basic(user, "wrong"))
                        .statusCode())
                .isEqualTo(401);
        // the engine's own login delay would refuse it for a few seconds; the throttle replaces it
        assertThat(get("/engine-rest/process-definition/count", basic(user, "right"))
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void elevenWrongPasswordsFromManyPlacesDoNotLockTheUserInTheEngine() {
        String user = newUser("right");

        for (int i = 0; i < 11; i++) {
            assertThat(identity.checkPassword(user, "wrong" + i)).isFalse();
        }

        assertThat(identity.checkPassword(user, "right")).isTrue();
    }

    // ---- /api-docs ---------------------------------------------------------------------------------

    @Test
    void theApiDocumentationNeedsALogin() throws Exception {
        assertThat(get("/api-docs", null).statusCode()).isEqualTo(401);
        assertThat(get("/api-docs/ui", null).statusCode()).isEqualTo(401);
        assertThat(get("/api-docs/swagger-config", null).statusCode()).isEqualTo(401);

        HttpResponse<String> logged = get("/api-docs", basic("expert1", AwardScenario.PASSWORD));
        assertThat(logged.statusCode()).isEqualTo(200);
        assertThat(logged.body()).contains("/api/nominations");
    }

    // ---- who sits where ----------------------------------------------------------------------------

    @Test
    void anExpertCannotListAnotherUsersGroupsOrAGroupsMembers() throws Exception {
        String expert = basic("expert1", AwardScenario.PASSWORD);

        assertThat(get("/engine-rest/identity/groups?userId=expert2", expert).statusCode())
                .isEqualTo(403);
        assertThat(get("/engine-rest/group?member=expert2", expert).statusCode())
                .isEqualTo(403);
        assertThat(get("/engine-rest/group/count?member=committee1", expert).statusCode())
                .isEqualTo(403);
        assertThat(get("/engine-rest/user?memberOfGroup=experts", expert).statusCode())
                .isEqualTo(403);
        assertThat(get("/engine-rest/user/count?memberOfGroup=committee", expert)
                        .statusCode())
                .isEqualTo(403);
        HttpResponse<String> refused = get("/engine-rest//identity/groups?userId=expert1&userId=expert2", expert);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("MEMBERSHIP_CONFIDENTIAL");
    }

    @Test
    void theEnginesNamedPathIsNoWayAround() throws Exception {
        String expert = basic("expert1", AwardScenario.PASSWORD);

        assertThat(get("/engine-rest/engine/default/identity/groups?userId=expert2", expert)
                        .statusCode())
                .isEqualTo(403);
        assertThat(get("/engine-rest/engine/default/group?member=expert2", expert)
                        .statusCode())
                .isEqualTo(403);
        assertThat(get("/engine-rest/engine/default/user?memberOfGroup=experts", expert)
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void committeeMembersAndApproversCannotListOthersEitherNorOverTheirTasklistSession() throws Exception {
        assertThat(get("/engine-rest/identity/groups?userId=committee2", basic("committee1", AwardScenario.PASSWORD))
                        .statusCode())
                .isEqualTo(403);
        assertThat(get("/engine-rest/group?member=committee1", basic("approver", AwardScenario.PASSWORD))
                        .statusCode())
                .isEqualTo(403);

        String session = logIn("committee1", "tasklist");
        HttpResponse<String> overTasklist =
                send(HttpRequest.newBuilder(uri("/camunda/api/engine/engine/default/identity/groups?userId=committee2"))
                        .header("Cookie", session)
                        .header("Accept", "application/json")
                        .GET());
        assertThat(overTasklist.statusCode()).isEqualTo(403);
    }

    @Test
    void everyoneStillSeesTheirOwnGroupsAndTheOfficeSeesAnyones() throws Exception {
        HttpResponse<String> own =
                get("/engine-rest/identity/groups?userId=expert1", basic("expert1", AwardScenario.PASSWORD));
        HttpResponse<String> ownGroups =
                get("/engine-rest/group?member=expert1", basic("expert1", AwardScenario.PASSWORD));
        HttpResponse<String> office =
                get("/engine-rest/identity/groups?userId=expert2", basic("office", AwardScenario.PASSWORD));
        HttpResponse<String> admin =
                get("/engine-rest/user?memberOfGroup=committee", basic("admin", AwardScenario.PASSWORD));

        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("\"experts\"");
        assertThat(ownGroups.body()).contains("\"experts\"");
        assertThat(office.statusCode()).isEqualTo(200);
        assertThat(office.body()).contains("\"experts\"");
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.body()).contains("committee1");
    }

    // ---- helpers -----------------------------------------------------------------------------------

    String documentsOfANewNomination() {
        String cycleId = scenario.newCycleIdWithOpenCycle();
        long id = scenario.nominationId(scenario.nominate(aNomination(cycleId)));
        return "/api/nominations/" + id + "/documents";
    }

    long documentCount(String documents) {
        return jdbc.queryForObject(
                "select count(*) from nomination_document where nomination_id = ?",
                Long.class,
                Long.parseLong(documents.replaceAll("\\D+", " ").trim()));
    }

    String newUser(String password) {
        String id = "insider" + System.nanoTime();
        User user = identity.newUser(id);
        user.setPassword(password);
        identity.saveUser(user);
        identity.createMembership(id, Groups.EXPERTS);
        return id;
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Accept", "application/json")
                .GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request);
    }

    /** A multipart upload as a browser's fetch sends it, with the session cookie and the given headers. */
    HttpResponse<String> upload(String path, String session, Map<String, String> headers) throws Exception {
        String boundary = "----insider" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"evil.pdf\"\r\n"
                        + "Content-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(PDF);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (session != null) {
            request.header("Cookie", session);
        }
        headers.forEach(request::header);
        return send(request);
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The web apps' login form as a browser posts it: session, CSRF token, then the form. */
    HttpResponse<String> webAppLogin(String user, String password, String app) throws Exception {
        HttpResponse<String> page = send(
                HttpRequest.newBuilder(uri("/camunda/app/tasklist/default/")).GET());
        String token = page.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
        String session = cookie(page, "JSESSIONID");
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/" + app))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", token)
                .header("Cookie", session + "; XSRF-TOKEN=" + token)
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** Logs in to a web app and answers the session cookie the browser keeps afterwards. */
    String logIn(String user, String app) throws Exception {
        HttpResponse<String> page = send(
                HttpRequest.newBuilder(uri("/camunda/app/tasklist/default/")).GET());
        String token = page.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
        String session = cookie(page, "JSESSIONID");
        String form = "username=" + user + "&password=" + AwardScenario.PASSWORD;
        HttpResponse<String> login =
                send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/" + app))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("X-XSRF-TOKEN", token)
                        .header("Cookie", session + "; XSRF-TOKEN=" + token)
                        .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        String renewed = login.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID="))
                ? cookie(login, "JSESSIONID")
                : session;
        return renewed;
    }

    static String cookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(name + "="))
                .map(c -> c.split(";")[0])
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "no " + name + " cookie in " + response.headers().map()));
    }
}
