package cn.wuhan.qualityaward.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.jar.JarFile;

/** The running test's class path, for a JVM the test starts with the application's classes. */
public final class TestClassPath {

    private TestClassPath() {}

    /**
     * This test's class path as a plain list of entries joined by the path separator: the test runner
     * may hand it over as one jar whose manifest lists the entries, and the application would then
     * find its models twice.
     */
    public static String entries() {
        LinkedHashSet<String> entries = new LinkedHashSet<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            entries.addAll(manifestClassPath(entry));
        }
        return String.join(File.pathSeparator, entries);
    }

    private static List<String> manifestClassPath(String entry) {
        if (!entry.endsWith(".jar")) {
            return List.of(entry);
        }
        try (JarFile jar = new JarFile(entry)) {
            String listed = jar.getManifest() == null
                    ? null
                    : jar.getManifest().getMainAttributes().getValue("Class-Path");
            if (listed == null || listed.isBlank()) {
                return List.of(entry);
            }
            List<String> paths = new ArrayList<>();
            for (String url : listed.trim().split("\\s+")) {
                paths.add(
                        Path.of(Path.of(entry).getParent().toUri().resolve(url)).toString());
            }
            return paths;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
