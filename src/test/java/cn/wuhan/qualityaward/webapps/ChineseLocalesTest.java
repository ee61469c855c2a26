package cn.wuhan.qualityaward.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every web app's {@code zh.json} against the {@code en.json} of the Camunda webjar on the class
 * path: an engine upgrade that adds or renames keys fails here until the new strings are written.
 */
class ChineseLocalesTest {

    private static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";

    /** Names and literal technical words that stay as they are in a Chinese sentence. */
    private static final Set<String> KEPT = Set.of(
            "Camunda",
            "Cockpit",
            "Tasklist",
            "Admin",
            "Optimize",
            "BPMN",
            "DMN",
            "CMMN",
            "DRD",
            "REST",
            "API",
            "ID",
            "JSON",
            "XML",
            "CSV",
            "LDAP",
            "CSRF",
            "URL",
            "HTTP",
            "PI",
            "FNI",
            "DI",
            "TU",
            "EDE",
            "CTRL",
            "F5",
            "Web",
            "null",
            "Promise",
            "resolve",
            "cockpit",
            "tasklist");

    /** Placeholders, markup, entities, links and date patterns, which are not words of the sentence. */
    private static final Pattern NOT_WORDS = Pattern.compile(
            "\\{\\{[^}]*}}|\\{}|<[^>]+>|&[a-z]+;|'?yyyy-MM-ddTHH:mm:ss'?|YYYY-MM-DDTHH:mm:ss|https?://\\S+");

    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z][A-Za-z0-9]+");

    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void everyEnglishKeyHasAChineseValue(String app) throws Exception {
        Map<String, JsonNode> english = flatten(read(app, "en"));
        Map<String, JsonNode> chinese = flatten(read(app, "zh"));

        assertThat(chinese.keySet())
                .as("%s/locales/zh.json lacks keys of en.json", app)
                .containsAll(english.keySet());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void noLabelIsLeftInEnglish(String app) throws Exception {
        List<String> english = new ArrayList<>();
        flatten(read(app, "zh").path("labels")).forEach((key, value) -> {
            Matcher words = LATIN_WORD.matcher(NOT_WORDS.matcher(value.asText()).replaceAll(" "));
            while (words.find()) {
                if (!KEPT.contains(words.group())) {
                    english.add(key + " = " + value.asText());
                    break;
                }
            }
        });

        assertThat(english)
                .as("%s/locales/zh.json labels still in English", app)
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"cockpit", "admin", "welcome"})
    void theAppPicksChineseForAChineseBrowser(String app) throws Exception {
        String config = text("META-INF/resources/webjars/camunda/app/" + app + "/scripts/config.js");

        assertThat(config)
                .containsPattern("availableLocales:\\s*\\['zh',\\s*'en'\\]")
                .contains("fallbackLocale: 'en'");
    }

    private JsonNode read(String app, String language) throws Exception {
        return json.readTree(text(LOCALES.formatted(app, language)).replace("\uFEFF", ""));
    }

    private static String text(String resource) throws Exception {
        try (InputStream in = ChineseLocalesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Leaves by dotted path; arrays (month names) count as one leaf each. */
    private static Map<String, JsonNode> flatten(JsonNode node) {
        Map<String, JsonNode> leaves = new LinkedHashMap<>();
        flatten("", node, leaves);
        return leaves;
    }

    private static void flatten(String path, JsonNode node, Map<String, JsonNode> leaves) {
        if (node.isObject()) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                flatten(path.isEmpty() ? name : path + "." + name, node.get(name), leaves);
            }
        } else {
            leaves.put(path, node);
        }
    }
}
