package cn.wuhan.qualityaward.resilience;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** An HTTP answer: its status and body. */
record Reply(int status, String body) {

    private static final ObjectMapper JSON = new ObjectMapper();

    JsonNode json() {
        try {
            return JSON.readTree(body);
        } catch (Exception e) {
            throw new IllegalStateException("not JSON (" + status + "): " + body, e);
        }
    }

    /** This reply when it has the expected status; otherwise a failure that shows what came back. */
    Reply expect(int expected) {
        if (status != expected) {
            throw new IllegalStateException("expected " + expected + " but got " + status + ": " + body);
        }
        return this;
    }
}
