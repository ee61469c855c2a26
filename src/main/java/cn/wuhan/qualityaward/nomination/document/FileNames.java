package cn.wuhan.qualityaward.nomination.document;

import cn.wuhan.qualityaward.common.InvalidInputException;
import java.util.regex.Pattern;

/**
 * A file name as people gave it, made safe to store and to offer back. A name with a path or a control
 * character is refused: browsers send the bare name, so anything else was crafted.
 */
final class FileNames {

  static final int MAX_LENGTH = 200;
  private static final Pattern PATH_OR_CONTROL = Pattern.compile("[/\\\\\\p{Cntrl}]");

  private FileNames() {}

  static String clean(String original, FileKind kind) {
    String name = original == null ? "" : original;
    if (PATH_OR_CONTROL.matcher(name).find()) {
      throw InvalidInputException.of(
          "file", "FILE_NAME_INVALID", "文件名不能包含路径（/ 或 \\）或控制字符，请只提供文件本身的名称");
    }
    name = name.replaceAll("[<>:\"|?*]", "").strip();
    while (name.startsWith(".")) {
      name = name.substring(1);
    }
    if (name.isBlank()) {
      name = "材料." + kind.name().toLowerCase(java.util.Locale.ROOT);
    }
    return name.length() > MAX_LENGTH ? name.substring(name.length() - MAX_LENGTH) : name;
  }
}
