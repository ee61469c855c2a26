package cn.wuhan.qualityaward.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Escapes (\\uXXXX) name the invisible characters, so that every row shows what it tests. */
class CanonicalTextTest {

    @ParameterizedTest(name = "{0}: “{1}” is the same as “{2}”")
    @CsvSource(
            delimiter = '|',
            value = {
                "ideographic space after a name         | 李四\u3000          | 李四",
                "ideographic space inside a name        | 李\u3000四          | 李四",
                "no-break space inside a name           | 李\u00A0四          | 李四",
                "narrow no-break and figure spaces      | \u202F李\u2007四\u2009 | 李四",
                "zero-width space, joiner, non-joiner   | 李\u200B\u200C\u200D四 | 李四",
                "word joiner and byte-order mark        | \uFEFF李\u2060四    | 李四",
                "tab and soft hyphen                    | 李\t四\u00AD        | 李四",
                "combining grapheme joiner              | 武汉大学\u034F      | 武汉大学",
                "variation selectors                    | 武汉\uFE0F大\uFE00学 | 武汉大学",
                "Hangul araea for the middle dot        | 阿卜杜\u318D热合曼  | 阿卜杜\u00B7热合曼",
                "bullet for the middle dot              | 阿依古丽\u2022买买提 | 阿依古丽\u00B7买买提",
                "katakana middle dot                    | 阿依古丽\u30FB买买提 | 阿依古丽\u00B7买买提",
                "half-width katakana middle dot         | 阿依古丽\uFF65买买提 | 阿依古丽\u00B7买买提",
                "hyphenation point                      | 阿依古丽\u2027买买提 | 阿依古丽\u00B7买买提",
                "bullet operator                        | 阿依古丽\u2219买买提 | 阿依古丽\u00B7买买提",
                "dot operator                           | 阿依古丽\u22C5买买提 | 阿依古丽\u00B7买买提",
                "full-width full stop                   | 阿依古丽\uFF0E买买提 | 阿依古丽\u00B7买买提",
                "full stop                              | 阿依古丽.买买提      | 阿依古丽\u00B7买买提",
                "Greek ano teleia                       | 阿依古丽\u0387买买提 | 阿依古丽\u00B7买买提",
                "dot with spaces around it              | 阿依古丽 · 买买提    | 阿依古丽\u00B7买买提",
                "full-width brackets                    | 武汉光谷测试（集团）有限公司 | 武汉光谷测试(集团)有限公司",
                "full-width Latin letters and digits    | ＡＢＣ科技有限公司１号 | abc科技有限公司1号",
                "Latin case                             | John SMITH          | john smith",
                "Latin case and spaces                  | Zhang  San          | zhangsan",
                "Hangul filler inside a name            | 李\u3164四          | 李四",
            })
    void textPeopleSeeAsTheSameHasTheSameKey(String why, String typed, String same) {
        assertThat(CanonicalText.key(typed)).isEqualTo(CanonicalText.key(same));
    }

    @ParameterizedTest(name = "{0}: “{1}” differs from “{2}”")
    @CsvSource(
            delimiter = '|',
            value = {
                "another person                  | 李四                    | 李五",
                "a dot is not nothing            | 阿依古丽·买买提         | 阿依古丽买买提",
                "brackets are kept               | 武汉光谷测试(集团)有限公司 | 武汉光谷测试集团有限公司",
                "traditional script is not folded | 武漢                   | 武汉",
            })
    void differentTextKeepsDifferentKeys(String why, String one, String other) {
        assertThat(CanonicalText.key(one)).isNotEqualTo(CanonicalText.key(other));
    }

    @ParameterizedTest(name = "“{0}” shows no letter or digit, so it is blank")
    @ValueSource(strings = {"\u0300", "\u0301\u0302", "·", "\u00B7\u2022", "\u034F\u0300"})
    void marksAndDotsAloneAreBlank(String text) {
        assertThat(CanonicalText.isBlank(text)).isTrue();
    }

    @ParameterizedTest(name = "U+{0} alone is blank")
    @ValueSource(
            strings = {
                "0020", "00A0", "3000", "2002", "2003", "2007", "2009", "200A", "202F", "205F", "1680", "2028", "2029",
                "0009", "000A", "000D", "0085", "200B", "200C", "200D", "2060", "FEFF", "00AD", "200E", "202E", "3164",
                "115F", "2800", "034F", "FE00", "FE0F", "E0100", "180B"
            })
    void aNameOfOnlyAnInvisibleCharacterIsBlank(String codePoint) {
        String invisible = Character.toString(Integer.parseInt(codePoint, 16));

        assertThat(CanonicalText.isBlank(invisible)).isTrue();
        assertThat(CanonicalText.isBlank(invisible + invisible + "\u3000")).isTrue();
        assertThat(CanonicalText.trim(invisible + "李四" + invisible)).isEqualTo("李四");
    }

    @ParameterizedTest(name = "“{0}” is stored as “{1}”")
    @CsvSource(
            delimiter = '|',
            value = {
                "\u3000李　四\u00A0  | 李　四",
                "\u200B阿依古丽•买买提\uFEFF | 阿依古丽•买买提",
                "武汉光谷测试（集团）有限公司 | 武汉光谷测试（集团）有限公司",
            })
    void storedTextStaysAsTypedLessOuterSpacesOfEveryKind(String typed, String stored) {
        assertThat(CanonicalText.trim(typed)).isEqualTo(stored);
    }

    @ParameterizedTest(name = "“{0}” is not blank")
    @ValueSource(strings = {"李", "a", "1"})
    void aVisibleCharacterIsNotBlank(String text) {
        assertThat(CanonicalText.isBlank(text)).isFalse();
    }
}
