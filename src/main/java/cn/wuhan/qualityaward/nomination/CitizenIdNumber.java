package cn.wuhan.qualityaward.nomination;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The 18-digit number of GB 11643-1999 with its ISO 7064 MOD 11-2 check digit, as carried by the
 * resident identity card, the residence permit of residents of Hong Kong, Macao and Taiwan (area
 * code 81/82/83) and the foreign permanent resident identity card of 2023 (first digit 9): all three
 * hold the birth date in digits 7–14.
 */
public final class CitizenIdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK_DIGITS = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private CitizenIdNumber() {}

    /** A birth date before this is a typing error, not a living nominee. */
    static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    /**
     * Whether {@code number} is well formed: 17 digits and a check digit (0–9 or upper-case X) that
     * matches, and a birth date that exists, from {@link #EARLIEST_BIRTH} to {@code today} (the
     * engine's clock) inclusive.
     */
    public static boolean isValid(String number, LocalDate today) {
        if (number == null || !number.matches("\\d{17}[\\dX]")) {
            return false;
        }
        if (!hasValidBirthDate(number, today)) {
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

    private static boolean hasValidBirthDate(String number, LocalDate today) {
        try {
            LocalDate birth = LocalDate.of(
                    Integer.parseInt(number.substring(6, 10)),
                    Integer.parseInt(number.substring(10, 12)),
                    Integer.parseInt(number.substring(12, 14)));
            return !birth.isBefore(EARLIEST_BIRTH) && !birth.isAfter(today);
        } catch (DateTimeException e) {
            return false;
        }
    }
}
