package cn.wuhan.qualityaward.common;

import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;

/** Checks the ISO-8601 durations that the engine's timers accept (P7D, PT30S, P1DT2H). */
public final class IsoDurations {

  private IsoDurations() {}

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
