package cn.wuhan.qualityaward.criteria.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhan.qualityaward.nomination.ScoringForms;
import cn.wuhan.qualityaward.nomination.Track;
import cn.wuhan.qualityaward.scoring.ScoreSheetVariables;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The committed score-sheet forms are exactly what the rubric generates. After a change to
 * rubric.json, regenerate them with {@code ./mvnw test -Dtest=ScoreSheetFormsTest -Dforms.write=true}.
 */
class ScoreSheetFormsTest {

    private static final Rubric RUBRIC = RubricLoader.load();
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @EnumSource(
            value = Track.class,
            names = {"SENIOR_MANAGER", "MIDDLE_MANAGER", "STAFF"})
    void committedFormIsWhatTheRubricGenerates(Track track) throws IOException {
        Path file = Path.of("forms", ScoringForms.formKey(track) + ".form");
        String generated = ScoreSheetFormGenerator.generate(RUBRIC, track);
        if (Boolean.getBoolean("forms.write")) {
            Files.writeString(file, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(generated);
    }

    @ParameterizedTest
    @EnumSource(
            value = Track.class,
            names = {"SENIOR_MANAGER", "MIDDLE_MANAGER", "STAFF"})
    void everyItemIsANumberFieldFromZeroToItsPointsInHalfPoints(Track track) throws IOException {
        JsonNode form = JSON.readTree(
                Path.of("forms", ScoringForms.formKey(track) + ".form").toFile());
        List<JsonNode> numberFields = new ArrayList<>();
        collect(form.get("components"), numberFields);
        List<RubricItem> items = RUBRIC.sheetFor(track).items();

        assertThat(numberFields).hasSameSizeAs(items);
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < items.size(); i++) {
            RubricItem item = items.get(i);
            JsonNode field = numberFields.get(i);
            assertThat(field.get("key").asText()).isEqualTo(ScoreSheetVariables.itemKey(item.id()));
            assertThat(field.get("label").asText()).startsWith(item.text());
            assertThat(field.at("/validate/min").decimalValue()).isZero();
            assertThat(field.at("/validate/max").decimalValue()).isEqualByComparingTo(item.points());
            assertThat(field.get("increment").asText()).isEqualTo("0.5");
            assertThat(field.at("/validate/required").asBoolean()).isTrue();
            total = total.add(field.at("/validate/max").decimalValue());
        }
        assertThat(total).isEqualByComparingTo("100");
    }

    private static void collect(JsonNode components, List<JsonNode> numberFields) {
        for (JsonNode component : components) {
            if ("number".equals(component.path("type").asText())) {
                numberFields.add(component);
            }
            if (component.has("components")) {
                collect(component.get("components"), numberFields);
            }
        }
    }
}
