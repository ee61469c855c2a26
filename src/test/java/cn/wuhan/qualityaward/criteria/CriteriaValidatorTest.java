package cn.wuhan.qualityaward.criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.wuhan.qualityaward.common.FieldProblem;
import cn.wuhan.qualityaward.common.InvalidInputException;
import cn.wuhan.qualityaward.criteria.rubric.Rubric;
import cn.wuhan.qualityaward.criteria.rubric.RubricLoader;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CriteriaValidatorTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** rubric.json as a tree, to be changed one field at a time. */
    private ObjectNode rubric;

    @BeforeEach
    void theShippedRubric() {
        rubric = JSON.valueToTree(RubricLoader.load());
    }

    @Test
    void theShippedRubricWithItsUnstatedSocialImpactPointsHasNoProblem() {
        assertThat(problems()).isEmpty();
    }

    @Test
    void itemsThatDoNotAddUpToTheirDimensionAreRefusedNamingTrackPartAndDimension() {
        item("SENIOR_MANAGER", "customer", 0).put("points", 4);

        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("POINTS_MISMATCH");
            assertThat(p.field()).isEqualTo("rubric.tracks[0].keyPart.dimensions[2].points");
            assertThat(p.message()).isEqualTo("评审类别“高层管理者”·“关键要求”·“顾客满意”：各项分值合计11分，与维度分值10分不符");
        });
    }

    @Test
    void dimensionsThatDoNotAddUpToTheirPartAreRefused() {
        dimension("SENIOR_MANAGER", "customer").put("points", 11);
        item("SENIOR_MANAGER", "customer", 0).put("points", 4);

        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("POINTS_MISMATCH");
            assertThat(p.message()).isEqualTo("评审类别“高层管理者”·“关键要求”：各维度分值合计71分，与该部分分值70分不符");
        });
    }

    @Test
    void aTrackWhoseSheetDoesNotAddUpTo100IsRefused() {
        ((ObjectNode) track("STAFF").get("keyPart")).put("points", 69);
        dimension("STAFF", "results").put("points", 19);
        item("STAFF", "results", 0).put("points", 3);

        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("TRACK_TOTAL");
            assertThat(p.message()).isEqualTo("评审类别“员工”：各部分合计99分（基本条件15分＋职业素养15分＋关键要求69分），应为100分");
        });
    }

    @Test
    void anEmptyItemTextIsRefusedWithTheItemsPlace() {
        ((ObjectNode) rubric.at("/commonParts/0/dimensions/0/items/1")).put("text", "　 ");

        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("EMPTY_TEXT");
            assertThat(p.field()).isEqualTo("rubric.commonParts[0].dimensions[0].items[1].text");
            assertThat(p.message()).isEqualTo("通用部分“基本条件”·“政治素质”第2项：细则内容不能为空");
        });
    }

    @Test
    void textsAFormWouldReadAsAnExpressionATemplateOrMarkupAreRefused() {
        ((ObjectNode) rubric.at("/commonParts/0/dimensions/0/items/0")).put("text", "=HYPERLINK(\"http://x.invalid\")");
        ((ObjectNode) rubric.at("/commonParts/0/dimensions/0/items/1")).put("text", "坚持{{nomineeName}}");
        ((ObjectNode) rubric.at("/commonParts/0/dimensions/0")).put("name", "政治<iframe>");

        assertThat(problems()).extracting(p -> p.code()).containsExactly("MARKUP_TEXT", "MARKUP_TEXT", "MARKUP_TEXT");
    }

    @Test
    void anItemWithoutPointsIsRefusedAsUnstated() {
        item("MIDDLE_MANAGER", "results", 5).remove("points");

        assertThat(problems())
                .extracting(FieldProblem::code, FieldProblem::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("MISSING_POINTS", "评审类别“中层管理者”·“关键要求”·“结果”第6项：未标分值"));
    }

    @Test
    void anItemKeyRepeatedOnOneSheetIsRefused() {
        item("SENIOR_MANAGER", "customer", 1).put("id", "political_1");

        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("DUPLICATE_KEY");
            assertThat(p.message())
                    .isEqualTo("评审类别“高层管理者”·“关键要求”·“顾客满意”第2项的细则编号“political_1”"
                            + "与通用部分“基本条件”·“政治素质”第1项重复（同一评分表内的细则编号须唯一）");
        });
    }

    @Test
    void anItemKeyThatCannotBeAFormKeyIsRefused() {
        item("STAFF", "results", 0).put("id", "结果 1");

        assertThat(problems()).extracting(FieldProblem::code).containsExactly("INVALID_KEY");
    }

    @Test
    void otherPersonsWithoutConditionsAreRefused() {
        track("OTHER").putArray("conditions");

        assertThat(problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("MISSING_CONDITIONS");
            assertThat(p.message()).isEqualTo("评审类别“其他人员”：缺少申报条件（其他人员应至少满足其中一条）");
        });
    }

    @Test
    void aMissingTrackIsRefused() {
        ArrayNode tracks = (ArrayNode) rubric.get("tracks");
        tracks.remove(1);

        assertThat(problems())
                .extracting(FieldProblem::code, FieldProblem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("MISSING_TRACK", "缺少评审类别“中层管理者”（MIDDLE_MANAGER）"));
    }

    @Test
    void everyProblemComesBackAtOnce() {
        item("SENIOR_MANAGER", "customer", 0).put("points", 4);
        ((ObjectNode) rubric.at("/commonParts/1/dimensions/0/items/2")).remove("text");
        track("OTHER").remove("conditions");

        assertThatThrownBy(() -> CriteriaValidator.check(document()))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .extracting(FieldProblem::code)
                        .containsExactlyInAnyOrder("POINTS_MISMATCH", "EMPTY_TEXT", "MISSING_CONDITIONS"));
    }

    @Test
    void aVersionWithoutALabelIsRefused() {
        assertThat(CriteriaValidator.problems(CriteriaValidator.normalize(new CriteriaDocument(" ", rubric()))))
                .extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("label", "REQUIRED"));
    }

    @Test
    void pointsTypedAsThreePointZeroAreStoredAsThree() {
        item("STAFF", "results", 0).put("points", new java.math.BigDecimal("4.0"));

        CriteriaDocument checked = CriteriaValidator.check(document());

        assertThat(checked.rubric()).isEqualTo(RubricLoader.load());
    }

    private List<FieldProblem> problems() {
        return CriteriaValidator.problems(CriteriaValidator.normalize(document()));
    }

    private CriteriaDocument document() {
        return new CriteriaDocument("2026 试行", rubric());
    }

    private Rubric rubric() {
        return JSON.convertValue(rubric, Rubric.class);
    }

    private ObjectNode track(String id) {
        for (var track : rubric.get("tracks")) {
            if (track.get("id").asText().equals(id)) {
                return (ObjectNode) track;
            }
        }
        throw new IllegalArgumentException(id);
    }

    private ObjectNode dimension(String trackId, String dimensionId) {
        for (var dimension : track(trackId).get("keyPart").get("dimensions")) {
            if (dimension.get("id").asText().equals(dimensionId)) {
                return (ObjectNode) dimension;
            }
        }
        throw new IllegalArgumentException(dimensionId);
    }

    private ObjectNode item(String trackId, String dimensionId, int index) {
        return (ObjectNode) dimension(trackId, dimensionId).get("items").get(index);
    }
}
