package cn.wuhan.qualityaward.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IsoDurationsTest {

    private static final Instant NOON = Instant.parse("2026-11-25T04:00:00Z");

    @ParameterizedTest
    @ValueSource(strings = {"P7D", "PT30S", "P1DT2H", "P1M"})
    void acceptsWhatTheEnginesTimersAccept(String duration) {
        assertThat(IsoDurations.isValid(duration)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"七天", "7D", "", "-P1D", "PT-5S"})
    void refusesAnythingElse(String duration) {
        assertThat(IsoDurations.isValid(duration)).isFalse();
    }

    @Test
    void countsForwardAndBackward() {
        assertThat(IsoDurations.after(NOON, "P5D")).isEqualTo(Instant.parse("2026-11-30T04:00:00Z"));
        assertThat(IsoDurations.after(NOON, "PT1H")).isEqualTo(Instant.parse("2026-11-25T05:00:00Z"));
        assertThat(IsoDurations.before(NOON, "P3D")).isEqualTo(Instant.parse("2026-11-22T04:00:00Z"));
        assertThat(IsoDurations.after(NOON, "P1M")).isEqualTo(Instant.parse("2026-12-25T04:00:00Z"));
    }
}
