package cn.wuhan.qualityaward.support;

import java.util.List;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** A person logged in to Tasklist, calling the web apps' own engine API as the browser does. */
public final class TasklistSession {

    public static final String ENGINE_API = "/camunda/api/engine/engine/default";

    private final TestRestTemplate http;
    private String session;
    private String token;

    private TasklistSession(TestRestTemplate http) {
        this.http = http;
    }

    public static TasklistSession logIn(TestRestTemplate http, String user) {
        TasklistSession browser = new TasklistSession(http);
        ResponseEntity<String> page = http.getForEntity("/camunda/app/tasklist/default/", String.class);
        browser.remember(page.getHeaders());
        HttpHeaders headers = browser.headers();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", user);
        form.add("password", AwardScenario.PASSWORD);
        ResponseEntity<String> login = http.exchange(
                "/camunda/api/admin/auth/user/default/login/tasklist",
                HttpMethod.POST,
                new HttpEntity<>(form, headers),
                String.class);
        if (!login.getStatusCode().is2xxSuccessful()) {
            throw new IllegalStateException("login of " + user + " refused: " + login.getStatusCode());
        }
        browser.remember(login.getHeaders());
        return browser;
    }

    public ResponseEntity<String> get(String path) {
        ResponseEntity<String> response =
                http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers()), String.class);
        remember(response.getHeaders());
        return response;
    }

    public ResponseEntity<String> post(String path, Object body) {
        HttpHeaders headers = headers();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> response =
                http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
        remember(response.getHeaders());
        return response;
    }

    private HttpHeaders headers() {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        if (token != null) {
            headers.add("X-XSRF-TOKEN", token);
        }
        headers.add(HttpHeaders.COOKIE, session + (token == null ? "" : "; XSRF-TOKEN=" + token));
        return headers;
    }

    private void remember(HttpHeaders response) {
        String header = response.getFirst("X-XSRF-TOKEN");
        if (header != null) {
            token = header;
        }
        List<String> cookies = response.get(HttpHeaders.SET_COOKIE);
        if (cookies != null) {
            for (String cookie : cookies) {
                String pair = cookie.split(";")[0];
                if (pair.startsWith("JSESSIONID=")) {
                    session = pair;
                } else if (pair.startsWith("XSRF-TOKEN=")) {
                    token = pair.substring("XSRF-TOKEN=".length());
                }
            }
        }
    }
}
