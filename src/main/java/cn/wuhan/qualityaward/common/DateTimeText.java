package cn.wuhan.qualityaward.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads a deadline as people and forms write it: 2026-12-31T17:00, with an offset, or a bare date. */
public final class DateTimeText {

    private DateTimeText() {}

    public static Optional<Instant> parse(String text, ZoneId zone) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.trim();
        try {
            return Optional.of(OffsetDateTime.parse(t).toInstant());
        } catch (DateTimeParseException notWithOffset) {
            try {
                return Optional.of(LocalDateTime.parse(t).atZone(zone).toInstant());
            } catch (DateTimeParseException notLocal) {
                try {
                    return Optional.of(LocalDate.parse(t)
                            .plusDays(1)
                            .atStartOfDay(zone)
                            .minusSeconds(1)
                            .toInstant());
                } catch (DateTimeParseException notADate) {
                    return Optional.empty();
                }
            }
        }
    }
}
