package cn.wuhan.qualityaward.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** Calls the running application over HTTP as a given user, or anonymously. */
public final class RestClient {

    private final TestRestTemplate http;
    private final String user;

    private RestClient(TestRestTemplate http, String user) {
        this.http = http;
        this.user = user;
    }

    public static RestClient as(TestRestTemplate http, String user) {
        return new RestClient(http, user);
    }

    public static RestClient anonymous(TestRestTemplate http) {
        return new RestClient(http, null);
    }

    public ResponseEntity<String> get(String path) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers()), String.class);
    }

    public ResponseEntity<String> post(String path, Object body) {
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers()), String.class);
    }

    public ResponseEntity<String> put(String path, Object body) {
        return http.exchange(path, HttpMethod.PUT, new HttpEntity<>(body, headers()), String.class);
    }

    public ResponseEntity<String> delete(String path) {
        return http.exchange(path, HttpMethod.DELETE, new HttpEntity<>(headers()), String.class);
    }

    /** A multipart upload of one file, as a browser or portal sends it. */
    public ResponseEntity<String> upload(String path, String fileName, byte[] content) {
        LinkedMultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        HttpHeaders headers = headers();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    public ResponseEntity<byte[]> download(String path) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers()), byte[].class);
    }

    /** Camunda's REST shape for variables: {"name": {"value": …}}. */
    public static Map<String, Object> variables(Map<String, Object> values) {
        Map<String, Object> variables = new HashMap<>();
        values.forEach((name, value) -> variables.put(name, value == null ? Map.of() : Map.of("value", value)));
        return Map.of("variables", variables);
    }

    private HttpHeaders headers() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        if (user != null) {
            headers.setBasicAuth(user, AwardScenario.PASSWORD);
        }
        return headers;
    }
}
