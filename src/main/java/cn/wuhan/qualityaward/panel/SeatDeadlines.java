package cn.wuhan.qualityaward.panel;

import cn.wuhan.qualityaward.common.DateTimeText;
import cn.wuhan.qualityaward.common.InvalidInputException;
import java.time.Instant;
import java.time.ZoneId;

/** A new due date the office gives an overdue scoring task. */
public final class SeatDeadlines {

  private static final ZoneId WUHAN = ZoneId.of("Asia/Shanghai");

  private SeatDeadlines() {}

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
