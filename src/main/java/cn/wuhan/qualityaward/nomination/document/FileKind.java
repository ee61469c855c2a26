package cn.wuhan.qualityaward.nomination.document;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The file types materials may have, recognised by their first bytes, never by their name. */
public enum FileKind {
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}, "pdf"),
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, "jpg", "jpeg"),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, "png");

    private final String contentType;
    private final byte[] signature;
    private final List<String> extensions;

    FileKind(String contentType, byte[] signature, String... extensions) {
        this.contentType = contentType;
        this.signature = signature;
        this.extensions = List.of(extensions);
    }

    /** The file name endings of this kind, the usual one first, without the dot. */
    public List<String> extensions() {
        return extensions;
    }

    public String contentType() {
        return contentType;
    }

    public static Optional<FileKind> of(byte[] content) {
        return Arrays.stream(values()).filter(kind -> kind.matches(content)).findFirst();
    }

    private boolean matches(byte[] content) {
        return content.length >= signature.length && Arrays.equals(Arrays.copyOf(content, signature.length), signature);
    }
}
