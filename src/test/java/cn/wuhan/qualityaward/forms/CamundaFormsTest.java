package cn.wuhan.qualityaward.forms;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhan.qualityaward.criteria.rubric.RubricLoader;
import cn.wuhan.qualityaward.nomination.Track;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every form in forms/ is one Tasklist can render: its id is its file name, its ids and keys unique. */
class CamundaFormsTest {

    static Stream<Path> forms() throws IOException {
        return Files.list(Path.of("forms"))
                .filter(p -> p.toString().endsWith(".form"))
                .sorted();
    }

    @ParameterizedTest
    @MethodSource("forms")
    void isARenderableCamundaForm(Path file) throws IOException {
        JsonNode form = new ObjectMapper().readTree(file.toFile());
        List<String> ids = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        collect(form.get("components"), ids, keys);

        assertThat(form.get("id").asText() + ".form")
                .isEqualTo(file.getFileName().toString());
        assertThat(form.get("schemaVersion").asInt()).isLessThanOrEqualTo(16);
        assertThat(form.get("executionPlatform").asText()).isEqualTo("Camunda Platform");
        assertThat(ids).doesNotHaveDuplicates().doesNotContainNull();
        assertThat(keys).doesNotHaveDuplicates();
    }

    /**
     * form-js rounds a typed time down to its {@code timeInterval}, 15 minutes unless told (08:41 became
     * 08:30 without a word); every time a form asks for is kept to the minute.
     */
    @ParameterizedTest
    @MethodSource("forms")
    void aTimeTypedIntoAFormIsKeptToTheMinute(Path file) throws IOException {
        List<JsonNode> times = new ArrayList<>();
        collectTimes(new ObjectMapper().readTree(file.toFile()).get("components"), times);

        assertThat(times)
                .allSatisfy(field -> assertThat(field.path("timeInterval").asInt())
                        .as(field.path("key").asText())
                        .isEqualTo(1));
    }

    private static void collectTimes(JsonNode components, List<JsonNode> times) {
        for (JsonNode component : components) {
            if ("datetime".equals(component.path("type").asText())
                    && component.path("subtype").asText().contains("time")) {
                times.add(component);
            }
            if (component.has("components")) {
                collectTimes(component.get("components"), times);
            }
        }
    }

    @Test
    void theBallotSaysTheShortlistMayBeNoLargerThanTheQuotaWhenTooFewWereScored() throws IOException {
        String text = new ObjectMapper()
                .readTree(Path.of("forms", "committee-vote.form").toFile())
                .at("/components/0/text")
                .asText();

        assertThat(text).doesNotContain("人数多于名额（差额）").contains("不足", "全部列入");
    }

    @Test
    void theNominationFormOffersExactlyTheConditionsOfTheRubric() throws IOException {
        JsonNode form =
                new ObjectMapper().readTree(Path.of("forms", "nomination.form").toFile());
        JsonNode checklist = null;
        for (JsonNode component : form.get("components")) {
            if ("claimedConditions".equals(component.path("key").asText())) {
                checklist = component;
            }
        }
        List<String> offered = new ArrayList<>();
        checklist
                .get("values")
                .forEach(v -> offered.add(
                        v.get("value").asText() + "=" + v.get("label").asText()));

        assertThat(offered)
                .containsExactlyElementsOf(RubricLoader.load().track(Track.OTHER).conditions().stream()
                        .map(c -> c.id() + "=" + c.text())
                        .toList());
    }

    private static void collect(JsonNode components, List<String> ids, List<String> keys) {
        for (JsonNode component : components) {
            ids.add(component.path("id").asText(null));
            if (component.has("key")) {
                keys.add(component.get("key").asText());
            }
            if (component.has("components")) {
                collect(component.get("components"), ids, keys);
            }
        }
    }
}
