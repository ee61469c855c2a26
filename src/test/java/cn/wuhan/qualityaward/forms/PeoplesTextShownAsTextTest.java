package cn.wuhan.qualityaward.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A {@code text} component renders its templates as markdown and HTML, so what one person typed
 * would appear in another person's form as bold, a live link or an image. People's text is therefore
 * never templated into a text component; it is shown in a read-only field, as text.
 */
class PeoplesTextShownAsTextTest {

    /** Variables that hold what a person typed (nominee data, opinions, grounds, findings, notes). */
    static final Set<String> PEOPLES_TEXT = Set.of(
            "nomineeName",
            "organization",
            "position",
            "summary",
            "recommendingUnit",
            "recommendingOpinion",
            "formalReviewComment",
            "correctionNote",
            "trackOverrideReason",
            "claimedConditionsText",
            "candidateName",
            "objectorName",
            "objectorContact",
            "grounds",
            "finding",
            "objectionReason",
            "moderationNote",
            "strikeReason");

    private static final Pattern TEMPLATE = Pattern.compile("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_]*)");

    static List<Path> forms() throws IOException {
        return CamundaFormsTest.forms().toList();
    }

    @ParameterizedTest
    @MethodSource("forms")
    void noTextComponentRendersWhatAPersonTyped(Path file) throws IOException {
        List<String> templated = new ArrayList<>();
        collect(new ObjectMapper().readTree(file.toFile()).get("components"), templated);

        assertThat(templated)
                .as("people's text templated into markdown in %s", file)
                .doesNotContainAnyElementsOf(PEOPLES_TEXT);
    }

    private static void collect(JsonNode components, List<String> templated) {
        for (JsonNode component : components) {
            if ("text".equals(component.path("type").asText())) {
                Matcher names = TEMPLATE.matcher(component.path("text").asText());
                while (names.find()) {
                    templated.add(names.group(1));
                }
            }
            if (component.has("components")) {
                collect(component.get("components"), templated);
            }
        }
    }
}
