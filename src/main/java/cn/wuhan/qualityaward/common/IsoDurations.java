package cn.wuhan.qualityaward.common;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** The ISO-8601 durations that the engine's timers accept (P7D, PT30S, P1DT2H), and their arithmetic. */
public final class IsoDurations {

    private static final ZoneId WUHAN = ZoneId.of("Asia/Shanghai");

    private IsoDurations() {}

    /** The moment {@code duration} after {@code start}; calendar periods count in Wuhan time. */
    public static Instant after(Instant start, String duration) {
        try {
            return start.plus(Duration.parse(duration));
        } catch (DateTimeParseException notADuration) {
            return start.atZone(WUHAN).plus(Period.parse(duration)).toInstant();
        }
    }

    /** The moment {@code duration} before {@code end}. */
    public static Instant before(Instant end, String duration) {
        try {
            return end.minus(Duration.parse(duration));
        } catch (DateTimeParseException notADuration) {
            return end.atZone(WUHAN).minus(Period.parse(duration)).toInstant();
        }
    }

    public static boolean isValid(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        try {
            return !Duration.parse(text).isNegative();
        } catch (DateTimeParseException notADuration) {
            try {
                return !Period.parse(text).isNegative();
            } catch (DateTimeParseException notAPeriod) {
                return false;
            }
        }
    }
}
