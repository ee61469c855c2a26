package cn.wuhan.qualityaward.nomination.document;

/** A file name as people gave it, made safe to store and to offer back: no path, no control characters. */
final class FileNames {

  static final int MAX_LENGTH = 200;

  private FileNames() {}

  static String clean(String original, FileKind kind) {
    String name = original == null ? "" : original;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = name.replaceAll("[\\p{Cntrl}<>:\"|?*]", "").strip();
    while (name.startsWith(".")) {
      name = name.substring(1);
    }
    if (name.isBlank()) {
      name = "材料." + kind.name().toLowerCase(java.util.Locale.ROOT);
    }
    return name.length() > MAX_LENGTH ? name.substring(name.length() - MAX_LENGTH) : name;
  }
}
