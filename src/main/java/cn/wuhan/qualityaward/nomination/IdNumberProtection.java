package cn.wuhan.qualityaward.nomination;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How the award keeps a resident ID number at rest: never in the clear, but as a keyed hash
 * (HMAC-SHA256, 64 hex digits) that finds the same person twice in a cycle, and its last four
 * characters to show it masked ({@code **************123X}). The key is {@code award.personal-data.key}:
 * from the environment variable {@code AWARD_PERSONAL_DATA_KEY} in {@code prod}, a fixed demo key
 * otherwise; without one the application does not start. Changing the key breaks duplicate detection
 * against the nominations stored before, so it is set once per installation.
 */
@Component
public class IdNumberProtection {

    static final String ALGORITHM = "HmacSHA256";
    /** At least this many characters (bytes of UTF-8) of key: 128 bits, well below SHA-256's block. */
    static final int MIN_KEY_LENGTH = 16;

    private static final int SHOWN = 4;
    private static final int LENGTH = 18;

    private final SecretKeySpec key;

    public IdNumberProtection(@Value("${award.personal-data.key:}") String key) {
        if (key == null || key.isBlank()) {
            throw new IllegalStateException(
                    "award.personal-data.key is not set: give the key for ID numbers in the environment variable AWARD_PERSONAL_DATA_KEY");
        }
        byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < MIN_KEY_LENGTH) {
            throw new IllegalStateException(
                    "award.personal-data.key must have at least " + MIN_KEY_LENGTH + " characters");
        }
        this.key = new SecretKeySpec(bytes, ALGORITHM);
    }

    /** The keyed hash of a normalised ID number (18 characters, check letter upper-case): 64 hex digits. */
    public String hash(String idNumber) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(idNumber.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** The last four characters, the only part kept in the clear. */
    public static String lastFour(String idNumber) {
        return idNumber.substring(idNumber.length() - SHOWN);
    }

    /** The number as shown to people: 14 asterisks and the last four characters; null when there is none. */
    public static String masked(String lastFour) {
        return lastFour == null ? null : "*".repeat(LENGTH - SHOWN) + lastFour;
    }
}
