package cn.wuhan.qualityaward.panel;

import cn.wuhan.qualityaward.common.DateTimeText;
import cn.wuhan.qualityaward.common.InvalidInputException;
import cn.wuhan.qualityaward.common.IsoDurations;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** When a scoring seat's expert is reminded, and a new due date the office gives an overdue scoring task. */
public final class SeatDeadlines {

    private static final ZoneId WUHAN = ZoneId.of("Asia/Shanghai");

    private SeatDeadlines() {}

    /**
     * When to remind the expert of a seat due at {@code due}: {@code reminderBefore} (ISO-8601,
     * {@code award.panel.reminder-before}) before it; when no more than that is left at {@code now},
     * halfway between now and the due date, since a reminder already due would go out with the
     * assignment notice and tell the expert nothing new.
     */
    public static Instant reminder(Instant now, Instant due, String reminderBefore) {
        Instant before = IsoDurations.before(due, reminderBefore);
        if (before.isAfter(now)) {
            return before;
        }
        return now.plus(Duration.between(now, due).dividedBy(2));
    }

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
