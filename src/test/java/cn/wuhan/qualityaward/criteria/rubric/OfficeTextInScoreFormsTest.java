package cn.wuhan.qualityaward.criteria.rubric;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhan.qualityaward.nomination.Track;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A criteria version's names are the office's text: in a generated score form they stay literal text,
 * never markdown, markup, a template or a FEEL expression of their own.
 */
class OfficeTextInScoreFormsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void namesWithMarkdownTemplatesAndQuotesAreShownAsTheyWereTyped() throws Exception {
        ObjectNode rubric;
        try (InputStream in = RubricLoader.class.getResourceAsStream(RubricLoader.RESOURCE)) {
            rubric = (ObjectNode) JSON.readTree(in);
        }
        rubric.put("title", "## <script>alert(1)</script>");
        ObjectNode part = (ObjectNode) rubric.get("commonParts").get(0);
        part.put("name", "基本\" + string(nomineeName) + \"条件");
        ((ObjectNode) part.get("dimensions").get(0)).put("name", "![t](http://evil.example/p.png) {{nomineeName}}");

        JsonNode form =
                JSON.readTree(ScoreSheetFormGenerator.generate(JSON.treeToValue(rubric, Rubric.class), Track.STAFF));
        List<String> texts = new ArrayList<>();
        form.findValues("text").forEach(text -> texts.add(text.asText()));

        assertThat(texts).noneMatch(text -> text.contains("{{nomineeName}}"));
        assertThat(texts).noneMatch(text -> text.contains("![t]"));
        assertThat(texts).noneMatch(text -> text.contains("<script>"));
        assertThat(texts)
                .filteredOn(text -> text.startsWith("="))
                .allMatch(expression -> !expression.contains("\" + string(nomineeName)"));
        // the name stays inside its FEEL string, escaped for markdown
        assertThat(texts)
                .anyMatch(text -> text.startsWith("=\"**基本\\\" \\\\+ string\\\\(nomineeName\\\\) \\\\+ \\\"条件小计：\""));
    }
}
