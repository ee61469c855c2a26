package cn.wuhan.qualityaward.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** What every refusal must look like to its caller: the expected 4xx and a clear answer. */
public final class Refusals {

    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

    private Refusals() {}

    /**
     * The response has the given client-error status and its body carries every expected fragment (a
     * code or words of the message) and a message in Chinese.
     */
    public static void assertRefused(ResponseEntity<?> response, HttpStatus status, String... expected) {
        String body = response.getBody() instanceof byte[] bytes
                ? new String(bytes, StandardCharsets.UTF_8)
                : String.valueOf(response.getBody());
        assertThat(response.getStatusCode().is4xxClientError())
                .as("a 4xx, not %s: %s", response.getStatusCode(), body)
                .isTrue();
        assertThat(response.getStatusCode()).as(body).isEqualTo(status);
        assertThat(body).as("the answer names what is wrong").contains(expected);
        assertThat(CHINESE.matcher(body).find())
                .as("a message in Chinese: %s", body)
                .isTrue();
    }
}
