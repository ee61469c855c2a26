package cn.wuhan.qualityaward.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class SameOriginTest {

    static MockHttpServletRequest from(String host, String origin, String referer) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/nominations/1/documents");
        request.addHeader("Host", host);
        if (origin != null) {
            request.addHeader("Origin", origin);
        }
        if (referer != null) {
            request.addHeader("Referer", referer);
        }
        return request;
    }

    @Test
    void theSameHostAndPortIsOurOwnPage() {
        assertThat(SameOrigin.fromOwnPages(from("award.example:8080", "http://award.example:8080", null)))
                .isTrue();
        assertThat(SameOrigin.fromOwnPages(from("AWARD.example:8080", "http://award.example:8080", null)))
                .isTrue();
    }

    @Test
    void anotherPortOfTheSameHostIsAnotherSite() {
        assertThat(SameOrigin.fromAnotherSite(from("award.example:8080", "http://award.example:8081", null)))
                .isTrue();
    }

    @Test
    void aHostWithoutAPortMatchesTheDefaultPortOfTheBrowsersScheme() {
        // TLS ended at a proxy that passes Host without a port
        assertThat(SameOrigin.fromOwnPages(from("award.example", "https://award.example", null)))
                .isTrue();
        assertThat(SameOrigin.fromOwnPages(from("award.example", "http://award.example", null)))
                .isTrue();
        assertThat(SameOrigin.fromOwnPages(from("award.example", "https://award.example:8443", null)))
                .isFalse();
    }

    @Test
    void theRefererCountsOnlyWhenThereIsNoOrigin() {
        assertThat(SameOrigin.fromOwnPages(from("award.example", null, "https://award.example/camunda/app/tasklist/")))
                .isTrue();
        assertThat(SameOrigin.fromOwnPages(from("award.example", "http://evil.example", "https://award.example/")))
                .isFalse();
    }

    @Test
    void aNullOriginOrAnotherSchemeIsNeverOurOwnPage() {
        assertThat(SameOrigin.fromOwnPages(from("award.example", "null", null))).isFalse();
        assertThat(SameOrigin.fromAnotherSite(from("award.example", "null", null)))
                .isTrue();
        assertThat(SameOrigin.fromOwnPages(from("award.example", "file:///tmp/evil.html", null)))
                .isFalse();
        assertThat(SameOrigin.fromOwnPages(from("award.example", "http://award.example.evil.example", null)))
                .isFalse();
    }

    @Test
    void aRequestNamingNoSourceIsNeitherOurPageNorAnotherSite() {
        assertThat(SameOrigin.fromOwnPages(from("award.example", null, null))).isFalse();
        assertThat(SameOrigin.fromAnotherSite(from("award.example", null, null)))
                .isFalse();
    }

    @Test
    void anIpv6HostMatchesItsOwnOrigin() {
        assertThat(SameOrigin.fromOwnPages(from("[::1]:8080", "http://[::1]:8080", null)))
                .isTrue();
    }
}
