package cn.wuhan.qualityaward.common;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The Content-Disposition of a download with a Chinese name (RFC 6266): {@code filename=} carries a
 * plain ASCII name, for clients that read nothing else ({@code curl -OJ} saves it as it stands), and
 * {@code filename*} the real name, percent-encoded UTF-8 (RFC 8187), which browsers prefer. Spring's
 * {@code ContentDisposition} puts an RFC 2047 encoded word into {@code filename=} instead, which such
 * clients save literally as {@code =?UTF-8?Q?…?=}.
 */
public final class Attachment {

    private Attachment() {}

    /**
     * The header value, e.g. {@code attachment; filename="ranking-2026.xlsx"; filename*=UTF-8''2026-%E8%AF%84…}.
     * Any character of {@code asciiName} outside letters, digits, {@code . - _} becomes {@code _}.
     */
    public static String disposition(String asciiName, String name) {
        return "attachment; filename=\"" + asciiName.replaceAll("[^A-Za-z0-9._-]", "_") + "\"; filename*=UTF-8''"
                + encode(name);
    }

    /** RFC 8187 ext-value: attr-char as is, every other byte of the UTF-8 form as %XX. */
    private static String encode(String name) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'A' && c <= 'Z')
                    || (c >= 'a' && c <= 'z')
                    || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.write(c);
            } else {
                out.writeBytes(String.format("%%%02X", (int) c).getBytes(StandardCharsets.US_ASCII));
            }
        }
        return out.toString(StandardCharsets.US_ASCII);
    }
}
