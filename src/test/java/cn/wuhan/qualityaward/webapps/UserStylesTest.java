package cn.wuhan.qualityaward.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The web apps' style sheets of ours are whole: every comment closed, every block closed before the
 * next begins. A browser drops what follows a broken block without a word, and so, once, the rule that
 * kept Tasklist's refusals away from 完成.
 */
class UserStylesTest {

    private static final Path WEBAPPS = Path.of("src/main/resources/META-INF/resources/webjars/camunda/app");

    static Stream<Path> styleSheets() throws IOException {
        try (Stream<Path> files = Files.walk(WEBAPPS)) {
            return files.filter(file -> file.getFileName().toString().equals("user-styles.css")).toList().stream();
        }
    }

    @ParameterizedTest(name = "{0} has its comments and blocks closed")
    @MethodSource("styleSheets")
    void everyCommentAndEveryBlockIsClosedBeforeTheNextBegins(Path sheet) throws IOException {
        String css = Files.readString(sheet, StandardCharsets.UTF_8);
        int depth = 0;
        int line = 1;
        for (int i = 0; i < css.length(); i++) {
            if (css.startsWith("/*", i)) {
                int end = css.indexOf("*/", i + 2);
                assertThat(end).as("comment opened at line %d is closed", line).isPositive();
                line += css.substring(i, end).chars().filter(c -> c == '\n').count();
                i = end + 1;
                continue;
            }
            char c = css.charAt(i);
            assertThat(css.startsWith("*/", i))
                    .as("a comment closed at line %d was opened", line)
                    .isFalse();
            if (c == '\n') {
                line++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            }
            // our sheets nest nothing (no @media): a second '{' means the block before was never closed
            assertThat(depth).as("block depth at line %d", line).isBetween(0, 1);
        }
        assertThat(depth).as("every block closed at the end").isZero();
    }
}
