package cn.wuhan.qualityaward.panel;

import cn.wuhan.qualityaward.common.DateTimeText;
import cn.wuhan.qualityaward.common.InvalidInputException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** A new due date the office gives an overdue scoring task. */
public final class SeatDeadlines {

    private static final ZoneId WUHAN = ZoneId.of("Asia/Shanghai");

    private SeatDeadlines() {}

    /** A new due date, which must lie in the future. */
    public static Instant extension(String text, Instant now, Instant scoringDeadline) {
        Instant due = parse(text);
        if (due == null) {
            throw InvalidInputException.of("extendedDueDate", "DEADLINE_INVALID", "请填写有效的新截止时间，例如 2026-12-31T17:00");
        }
        if (!due.isAfter(now)) {
            throw InvalidInputException.of("extendedDueDate", "DEADLINE_PASSED", "新的截止时间必须晚于当前时间");
        }
        if (due.isAfter(scoringDeadline)) {
            throw InvalidInputException.of(
                    "extendedDueDate",
                    "AFTER_SCORING_DEADLINE",
                    "新的截止时间不能晚于本周期的专家评审截止时间（"
                            + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                                    .withZone(WUHAN)
                                    .format(scoringDeadline)
                            + "）");
        }
        return due;
    }

    private static Instant parse(String text) {
        return DateTimeText.parse(text, WUHAN).orElse(null);
    }
}
