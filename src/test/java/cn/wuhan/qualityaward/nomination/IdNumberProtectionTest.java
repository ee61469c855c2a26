package cn.wuhan.qualityaward.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdNumberProtectionTest {

    private final IdNumberProtection protection = new IdNumberProtection("a-key-of-sixteen-characters-or-more");

    @Test
    void theSameNumberAlwaysGivesTheSameHashOf64HexDigits() {
        String hash = protection.hash("42011119770505002X");

        assertThat(hash).matches("[0-9a-f]{64}").isEqualTo(protection.hash("42011119770505002X"));
        assertThat(hash).isNotEqualTo(protection.hash("420106198503150026"));
    }

    @Test
    void theHashIsHmacSha256OfTheNumberUnderTheKey() {
        // the expected value computed independently (Python's hmac module)
        assertThat(new IdNumberProtection("0123456789abcdef").hash("42011119770505002X"))
                .isEqualTo("1b0f53fcf311fd9abeb1ddab5e893b5dfa3976a9ea778644b17073a02a8af8f6");
    }

    @Test
    void anotherKeyGivesAnotherHashSoTheHashAloneRevealsNothingWithoutTheKey() {
        assertThat(new IdNumberProtection("another-key-of-sixteen-characters").hash("42011119770505002X"))
                .isNotEqualTo(protection.hash("42011119770505002X"));
    }

    @Test
    void theNumberIsShownAsFourteenAsterisksAndItsLastFourCharacters() {
        assertThat(IdNumberProtection.masked(IdNumberProtection.lastFour("42011119770505002X")))
                .isEqualTo("**************002X");
        assertThat(IdNumberProtection.masked(null)).isNull();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void withoutAKeyTheApplicationRefusesToStartAndNamesTheEnvironmentVariable(String key) {
        assertThatThrownBy(() -> new IdNumberProtection(key))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("AWARD_PERSONAL_DATA_KEY");
    }

    @Test
    void aKeyShorterThanSixteenCharactersIsRefused() {
        assertThatThrownBy(() -> new IdNumberProtection("short"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("at least 16");
    }
}
