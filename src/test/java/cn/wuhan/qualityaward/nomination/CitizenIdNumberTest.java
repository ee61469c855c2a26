package cn.wuhan.qualityaward.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CitizenIdNumberTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @ParameterizedTest
    @ValueSource(
            strings = {
                "11010519491231002X",
                "420106198503150026",
                "42010219720101001X",
                "810000198503150025", // 港澳台居民居住证
                "911840198503150016", // 外国人永久居留身份证 (2023)
                "420106190001010027", // the earliest birth date
            })
    void acceptsNumbersWithTheRightCheckDigit(String number) {
        assertThat(CitizenIdNumber.isValid(number, TODAY)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "110105194912310021",
                "11010519491231002x",
                "1101051949123100",
                "420106198502300026",
                "ABCDEFGHIJKLMNOPQR",
                ""
            })
    void refusesWrongCheckDigitsLengthsDatesAndCharacters(String number) {
        assertThat(CitizenIdNumber.isValid(number, TODAY)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "420106209912310028", // resident ID, born 2099-12-31
                "810000209912310027", // residence permit, born 2099-12-31
                "911840209912310018", // foreign permanent resident ID, born 2099-12-31
                "420106189912310022", // born 1899-12-31
            })
    void refusesABirthDateBefore1900OrAfterToday(String number) {
        assertThat(CitizenIdNumber.checkDigit(number.substring(0, 17))).isEqualTo(number.charAt(17));

        assertThat(CitizenIdNumber.isValid(number, TODAY)).isFalse();
    }

    @Test
    void aPersonBornTodayHasAValidNumberAndOneBornTomorrowHasNot() {
        String bornToday = "42010620261130002";
        String bornTomorrow = "42010620261201002";

        assertThat(CitizenIdNumber.isValid(bornToday + CitizenIdNumber.checkDigit(bornToday), TODAY))
                .isTrue();
        assertThat(CitizenIdNumber.isValid(bornTomorrow + CitizenIdNumber.checkDigit(bornTomorrow), TODAY))
                .isFalse();
    }

    @Test
    void computesTheCheckDigitOfTheStandardsExample() {
        assertThat(CitizenIdNumber.checkDigit("11010519491231002")).isEqualTo('X');
    }
}
