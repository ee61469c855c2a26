package cn.wuhan.qualityaward.publicnotice;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code award.public-objections.*}: how many objections one client address may send in a window.
 *
 * @param rateLimit attempts per address and window, refused ones included; at least 20
 * @param rateWindow the window, ISO-8601 ({@code PT1H})
 */
@ConfigurationProperties("award.public-objections")
public record PublicObjectionProperties(
        @DefaultValue("30") int rateLimit,
        @DefaultValue("PT1H") Duration rateWindow) {

    public PublicObjectionProperties {
        if (rateLimit < 20) {
            throw new IllegalArgumentException(
                    "award.public-objections.rate-limit must be at least 20, was " + rateLimit);
        }
    }
}
