package cn.wuhan.qualityaward.common;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one form in which names and organisations are compared (duplicate nominations, conflicts of
 * interest, declared relationships): what people see as the same text gets the same key.
 *
 * <p>{@link #key} applies, in order: Unicode NFKC (full-width letters, digits and brackets become
 * their ordinary forms, U+3000 and U+00A0 become spaces); Latin (and any cased) letters to lower
 * case; every space and invisible character removed — the Unicode White_Space set, the format
 * characters (category Cf: U+200B–U+200D, U+2060, U+FEFF, directional marks, the soft hyphen) and
 * control characters; every dot people type between the parts of a name (· • ・ ‧ ∙ ⋅ ． . and
 * their kin, see {@link #NAME_DOTS}) replaced by U+00B7, the dot of GB/T 28039 for names of ethnic
 * minorities and foreigners. Stored text is never the key: it stays as typed, {@link #trim trimmed}.
 */
public final class CanonicalText {

    /** Every dot seen between the parts of a name, after NFKC (which already maps ･ to ・ and ． to .). */
    static final String NAME_DOTS =
            "\u00B7\u2022\u30FB\u2027\u2219\u22C5\u002E\u2024\u2E31\u0387\u16EB\u2981\u3002\u318D\u119E";

    private static final char DOT = '\u00B7';

    private CanonicalText() {}

    /** The comparison key of {@code text}; "" for null or text with nothing visible in it. */
    public static String key(String text) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(folded.length());
        folded.codePoints()
                .filter(c -> !isInvisible(c))
                .map(c -> NAME_DOTS.indexOf(c) >= 0 ? DOT : c)
                .forEach(key::appendCodePoint);
        return key.toString();
    }

    /**
     * Whether no letter or digit is left of {@code text} once spaces and invisible characters are gone:
     * a name of dots, lone combining marks or selectors shows nothing a person could read.
     */
    public static boolean isBlank(String text) {
        return key(text).codePoints().noneMatch(Character::isLetterOrDigit);
    }

    /** {@code text} as typed, less spaces and invisible characters of every kind at either end; null stays null. */
    public static String trim(String text) {
        if (text == null) {
            return null;
        }
        int start = 0;
        int end = text.length();
        while (start < end && isInvisible(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        while (end > start && isInvisible(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return text.substring(start, end);
    }

    /** Letters that draw nothing (Hangul fillers, the blank Braille pattern), seen in names meant to look empty. */
    private static final String BLANK_LETTERS = "\u115F\u1160\u3164\uFFA0\u2800";

    /**
     * Unicode White_Space (Java's isWhitespace misses the no-break spaces), format and control
     * characters, and letters that draw nothing.
     */
    static boolean isInvisible(int c) {
        int type = Character.getType(c);
        return Character.isWhitespace(c)
                || isIgnorableMark(c)
                || BLANK_LETTERS.indexOf(c) >= 0
                || Character.isSpaceChar(c)
                || c == 0x0085
                || type == Character.FORMAT
                || type == Character.CONTROL;
    }

    /**
     * Marks Unicode lists as default-ignorable although they are not format characters: the combining
     * grapheme joiner, variation selectors, Mongolian free variation selectors, Khmer inherent vowels.
     */
    private static boolean isIgnorableMark(int c) {
        return c == 0x034F
                || (c >= 0xFE00 && c <= 0xFE0F)
                || (c >= 0xE0100 && c <= 0xE01EF)
                || (c >= 0x180B && c <= 0x180F)
                || c == 0x17B4
                || c == 0x17B5;
    }
}
