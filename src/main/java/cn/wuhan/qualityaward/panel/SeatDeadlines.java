package cn.wuhan.qualityaward.panel;

import cn.wuhan.qualityaward.common.DateTimeText;
import cn.wuhan.qualityaward.common.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** Due dates of scoring tasks: when to remind, and a new due date the office gives. */
public final class SeatDeadlines {

  private static final ZoneId WUHAN = ZoneId.of("Asia/Shanghai");

  private SeatDeadlines() {}

  /** {@code period} is an ISO-8601 period (P5D) or duration (PT1H). */
  public static Instant after(Instant start, String period) {
    try {
      return start.plus(Duration.parse(period));
    } catch (DateTimeParseException notADuration) {
      return start.atZone(WUHAN).plus(Period.parse(period)).toInstant();
    }
  }

  /** {@code before} is an ISO-8601 period (P3D) or duration (PT1H). */
  public static Instant reminder(Instant due, String before) {
    try {
      return due.minus(Duration.parse(before));
    } catch (DateTimeParseException notADuration) {
      return due.atZone(WUHAN).minus(Period.parse(before)).toInstant();
    }
  }

  /** A new due date, which must lie in the future. */
  public static Instant extension(String text, Instant now) {
    Instant due = parse(text);
    if (due == null) {
      throw InvalidInputException.of("extendedDueDate", "DEADLINE_INVALID", "请填写有效的新截止时间，例如 2026-12-31T17:00");
    }
    if (!due.isAfter(now)) {
      throw InvalidInputException.of("extendedDueDate", "DEADLINE_PASSED", "新的截止时间必须晚于当前时间");
    }
    return due;
  }

  private static Instant parse(String text) {
    return DateTimeText.parse(text, WUHAN).orElse(null);
  }
}
