package cn.wuhan.qualityaward.nomination;

import java.time.DateTimeException;
import java.time.LocalDate;

/** The 18-digit citizen identity number of GB 11643-1999 and its ISO 7064 MOD 11-2 check digit. */
public final class CitizenIdNumber {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK_DIGITS = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

  private CitizenIdNumber() {}

  public static boolean isValid(String number) {
    if (number == null || !number.matches("\\d{17}[\\dX]")) {
      return false;
    }
    if (!hasValidBirthDate(number)) {
      return false;
    }
    return checkDigit(number.substring(0, 17)) == number.charAt(17);
  }

  static char checkDigit(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK_DIGITS[sum % 11];
  }

  private static boolean hasValidBirthDate(String number) {
    try {
      LocalDate.of(
          Integer.parseInt(number.substring(6, 10)),
          Integer.parseInt(number.substring(10, 12)),
          Integer.parseInt(number.substring(12, 14)));
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }
}
