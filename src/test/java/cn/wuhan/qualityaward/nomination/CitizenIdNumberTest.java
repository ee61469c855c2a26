package cn.wuhan.qualityaward.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CitizenIdNumberTest {

  @ParameterizedTest
  @ValueSource(strings = {"11010519491231002X", "420106198503150026", "42010219720101001X"})
  void acceptsNumbersWithTheRightCheckDigit(String number) {
    assertThat(CitizenIdNumber.isValid(number)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"110105194912310021", "11010519491231002x", "1101051949123100", "420106198502300026", "ABCDEFGHIJKLMNOPQR", ""})
  void refusesWrongCheckDigitsLengthsDatesAndCharacters(String number) {
    assertThat(CitizenIdNumber.isValid(number)).isFalse();
  }

  @Test
  void computesTheCheckDigitOfTheStandardsExample() {
    assertThat(CitizenIdNumber.checkDigit("11010519491231002")).isEqualTo('X');
  }
}
