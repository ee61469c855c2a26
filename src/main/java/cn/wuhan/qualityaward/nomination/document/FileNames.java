package cn.wuhan.qualityaward.nomination.document;

import cn.wuhan.qualityaward.common.InvalidInputException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A file name as people gave it, made safe to store and to offer back. A name with a path, a control
 * character or an invisible format character (a right-to-left override that shows "证据\u202Efdp.hta"
 * as "证据ath.pdf") is refused: browsers send the bare name, so anything else was crafted. A name
 * whose ending does not match the content gets the content's ending, so a PDF is never saved as ".hta".
 */
public final class FileNames {

    static final int MAX_LENGTH = 200;
    private static final Pattern PATH_OR_CONTROL = Pattern.compile("[/\\\\\\p{Cntrl}\\p{Cf}]");

    private FileNames() {}

    /**
     * @param stem the name to use when nothing of the given one is left (e.g. "材料")
     * @throws InvalidInputException FILE_NAME_INVALID on field {@code field}
     */
    public static String clean(String original, FileKind kind, String field, String stem) {
        String name = original == null ? "" : original;
        if (PATH_OR_CONTROL.matcher(name).find()) {
            throw InvalidInputException.of(field, "FILE_NAME_INVALID", "文件名不能包含路径（/ 或 \\）、控制字符或不可见的格式字符，请只提供文件本身的名称");
        }
        name = name.replaceAll("[<>:\"|?*]", "").strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.isBlank()) {
            name = stem;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (kind.extensions().stream().noneMatch(extension -> lower.endsWith("." + extension))) {
            name = name + "." + kind.extensions().get(0);
        }
        return name.length() > MAX_LENGTH ? name.substring(name.length() - MAX_LENGTH) : name;
    }

    static String clean(String original, FileKind kind) {
        return clean(original, kind, "file", "材料");
    }
}
