package cn.wuhan.qualityaward.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** When an expert is reminded of a scoring task, by the time left when the seat is prepared. */
class SeatDeadlinesTest {

    private static final Instant NOW = Instant.parse("2026-11-02T01:00:00Z");

    @Test
    void anExpertWithAMonthToScoreIsRemindedThreeDaysBeforeTheDueDate() {
        Instant due = Instant.parse("2026-12-02T09:00:00Z");

        assertThat(SeatDeadlines.reminder(NOW, due, "P3D")).isEqualTo(Instant.parse("2026-11-29T09:00:00Z"));
    }

    @Test
    void anExpertWithLessThanThreeDaysLeftIsRemindedHalfwayNotWithTheAssignmentNotice() {
        Instant due = Instant.parse("2026-11-04T01:00:00Z");

        assertThat(SeatDeadlines.reminder(NOW, due, "P3D")).isEqualTo(Instant.parse("2026-11-03T01:00:00Z"));
    }

    @Test
    void anExpertWithExactlyThreeDaysLeftIsRemindedHalfwayToo() {
        Instant due = Instant.parse("2026-11-05T01:00:00Z");

        assertThat(SeatDeadlines.reminder(NOW, due, "P3D")).isEqualTo(Instant.parse("2026-11-03T13:00:00Z"));
    }
}
