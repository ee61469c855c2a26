package cn.wuhan.qualityaward.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.wuhan.qualityaward.common.FieldProblem;
import cn.wuhan.qualityaward.common.InvalidInputException;
import cn.wuhan.qualityaward.criteria.rubric.RubricLoader;
import cn.wuhan.qualityaward.criteria.rubric.RubricSheet;
import cn.wuhan.qualityaward.nomination.Track;
import cn.wuhan.qualityaward.support.ScoreSheetBuilder;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoreSheetValidatorTest {

    private static final RubricSheet STAFF = RubricLoader.load().sheetFor(Track.STAFF);

    @Test
    void acceptsAFullSheetAndAddsItUp() {
        ScoreSheetBuilder sheet = ScoreSheetBuilder.aSheet(STAFF).scoringShare(0.75);

        Map<String, BigDecimal> scores = check(sheet);

        assertThat(scores).hasSize(STAFF.items().size());
        assertThat(scores.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(sheet.total());
    }

    @Test
    void acceptsNumbersSentAsText() {
        assertThat(check(ScoreSheetBuilder.aSheet(STAFF).withItem("political_1", "0.5"))
                        .get("political_1"))
                .isEqualByComparingTo("0.5");
    }

    @Test
    void refusesAScoreAboveTheItemsPoints() {
        assertRefused(
                ScoreSheetBuilder.aSheet(STAFF).withItem("qualitySystem_1", 5.5),
                "SCORE_OUT_OF_RANGE",
                "关键要求·“在质量管理体系建立与运行中的作用”第1项的得分须在0到5分之间");
    }

    @Test
    void refusesANegativeScore() {
        assertRefused(ScoreSheetBuilder.aSheet(STAFF).withItem("moral_2", -0.5), "SCORE_OUT_OF_RANGE", "道德品质");
    }

    @Test
    void refusesAMissingItem() {
        assertRefused(ScoreSheetBuilder.aSheet(STAFF).withoutItem("learning_3"), "SCORE_MISSING", "职业素养·“学习与发展”第3项未评分");
    }

    @Test
    void refusesABlankItem() {
        assertRefused(ScoreSheetBuilder.aSheet(STAFF).withItem("learning_3", " "), "SCORE_MISSING", "未评分");
    }

    @Test
    void refusesANonNumericScore() {
        assertRefused(ScoreSheetBuilder.aSheet(STAFF).withItem("ethics_1", "满分"), "SCORE_NOT_NUMERIC", "不是数字");
    }

    @Test
    void refusesAScoreOffTheHalfPointStep() {
        assertRefused(ScoreSheetBuilder.aSheet(STAFF).withItem("results_1", 2.3), "SCORE_OFF_STEP", "0.5分的整数倍");
    }

    @Test
    void refusesAnInfiniteScore() {
        assertRefused(
                ScoreSheetBuilder.aSheet(STAFF).withItem("results_1", Double.POSITIVE_INFINITY),
                "SCORE_NOT_NUMERIC",
                "不是数字");
    }

    @Test
    void refusesAMissingComment() {
        assertRefused(ScoreSheetBuilder.aSheet(STAFF).withComment("  "), "COMMENT_MISSING", "请填写评语");
    }

    @Test
    void namesEveryProblemAtOnce() {
        assertThatThrownBy(() -> check(ScoreSheetBuilder.aSheet(STAFF)
                        .withoutItem("political_1")
                        .withComment(null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(FieldProblem::code)
                                .containsExactly("SCORE_MISSING", "COMMENT_MISSING"));
    }

    private static Map<String, BigDecimal> check(ScoreSheetBuilder sheet) {
        Map<String, Object> variables = sheet.variables();
        Object comment = variables.get(ScoreSheetVariables.COMMENT);
        return ScoreSheetValidator.check(
                STAFF, ScoreSheetVariables.items(variables), comment == null ? null : comment.toString());
    }

    private static void assertRefused(ScoreSheetBuilder sheet, String code, String message) {
        assertThatThrownBy(() -> check(sheet)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.problems()).extracting(FieldProblem::code).containsExactly(code);
            assertThat(e.getMessage()).contains(message);
        });
    }
}
