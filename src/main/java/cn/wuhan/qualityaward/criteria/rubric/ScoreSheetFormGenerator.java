package cn.wuhan.qualityaward.criteria.rubric;

import cn.wuhan.qualityaward.common.BlindVariables;
import cn.wuhan.qualityaward.nomination.ScoringForms;
import cn.wuhan.qualityaward.nomination.Track;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes the Camunda Form of a track's score sheet from the rubric, so that the forms never repeat
 * the rubric by hand: one number field per item (0 to its points, step 0.5), a live subtotal per
 * part, the total and the required comment. Subtotals and the total add only the valid scores (a
 * number within the item's range, in half points) and the total line says how many items are
 * missing or invalid, so a sheet never shows a sum its checks would refuse. form-js's own messages
 * and the count beside 完成 are Tasklist's script {@code scripts/award-form-messages.js}.
 */
public final class ScoreSheetFormGenerator {

    /** form-js 1.8, as bundled by Camunda 7.24 Tasklist. */
    static final int SCHEMA_VERSION = 16;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * FEEL, of a pair {@code p} of score and points: the score is what its field's validation accepts,
     * a number from 0 to the points in half points (the rule {@code ScoreSheetValidator} holds on the
     * server). A missing score compares as null, which {@code if} takes as false.
     */
    private static final String VALID = "p[1] >= 0 and p[1] <= p[2] and floor(p[1] * 2) = p[1] * 2";

    private ScoreSheetFormGenerator() {}

    public static String generate(Rubric rubric, Track track) {
        RubricSheet sheet = rubric.sheetFor(track);
        ObjectNode form = JSON.createObjectNode();
        form.put("executionPlatform", "Camunda Platform");
        form.put("executionPlatformVersion", "7.24.0");
        form.putObject("exporter").put("name", "rubric.json").put("version", "1");
        form.put("schemaVersion", SCHEMA_VERSION);
        form.put("id", ScoringForms.formKey(track));
        form.put("type", "default");
        ArrayNode components = form.putArray("components");

        text(components, "heading", "## " + markdown(rubric.title()) + " · 专家评分表（" + track.label() + "）");
        text(
                components,
                "nominee",
                "**评审类别：** {{trackLabel}}　**申报编号：** {{referenceNo}}\n\n"
                        + "[查看申报材料（在新标签页打开）](/api/nominations/{{nominationId}}/documents)");
        // what people typed is shown in read-only fields, as text: a template would render it as markdown
        shown(components, "nomineeName", "被推荐人", false);
        shown(components, "organization", "工作单位", false);
        shown(components, "position", "职务", false);
        shown(components, "summary", "主要事迹", true);
        shown(
                        components,
                        "claimedConditionsText",
                        "其他人员（" + rubric.track(Track.OTHER).referenceRule() + "）所申报的条件",
                        true)
                .putObject("conditional")
                .put("hide", "=claimedConditionsText = null");
        ObjectNode declaration = components.addObject();
        declaration.put("type", "checkbox");
        declaration.put("id", "field_conflictDeclared");
        declaration.put("key", BlindVariables.CONFLICT_DECLARED);
        declaration.put("label", "利益冲突声明：本人与被推荐人、其工作单位或推荐单位存在利益关系，申请回避");
        declaration.put("description", "如勾选，无需评分，说明情况后提交，系统将另行安排专家");
        ObjectNode conflictReason = components.addObject();
        conflictReason.put("type", "textarea");
        conflictReason.put("id", "field_conflictReason");
        conflictReason.put("key", BlindVariables.CONFLICT_REASON);
        conflictReason.put("label", "利益冲突情况");
        conflictReason.putObject("validate").put("required", true).put("maxLength", 1000);
        conflictReason.putObject("conditional").put("hide", "=" + BlindVariables.CONFLICT_DECLARED + " != true");
        text(components, "scoringRule", "每项评分在0分至该项分值之间，以0.5分为单位；未填或无效的项不计入小计和总分。评分仅本人可见，提交后由系统汇总。");

        for (RubricPart part : sheet.parts()) {
            ObjectNode group = components.addObject();
            group.put("type", "group");
            group.put("id", "part_" + part.id());
            group.put("label", part.name() + "（" + points(part.points()) + "分）");
            group.put("showOutline", true);
            hiddenWhenRecusing(group);
            ArrayNode inGroup = group.putArray("components");
            for (RubricDimension dimension : part.dimensions()) {
                text(
                        inGroup,
                        "dimension_" + part.id() + "_" + dimension.id(),
                        "#### " + markdown(dimension.name()) + "（" + points(dimension.points()) + "分）");
                String heading = null;
                for (RubricItem item : dimension.items()) {
                    if (item.heading() != null && !item.heading().equals(heading)) {
                        heading = item.heading();
                        text(inGroup, "heading_" + part.id() + "_" + item.id(), "**" + markdown(heading) + "**");
                    }
                    inGroup.add(itemField(item));
                }
            }
            text(
                    inGroup,
                    "subtotal_" + part.id(),
                    "=\"**" + feelString(markdown(part.name())) + "小计：\" + " + sumOf(itemsOf(part)) + " + \" / "
                            + points(part.points()) + " 分**\"");
        }
        hiddenWhenRecusing(text(components, "total", totalLine(sheet.items(), sheet.totalPoints())));
        ObjectNode comment = components.addObject();
        comment.put("type", "textarea");
        comment.put("id", "field_comment");
        comment.put("key", BlindVariables.SCORE_COMMENT);
        comment.put("label", "评语");
        comment.put("description", "对被推荐人的总体评价，必填");
        comment.putObject("validate").put("required", true).put("maxLength", 2000);
        hiddenWhenRecusing(comment);
        try {
            return JSON.writeValueAsString(form) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A recusing expert scores nothing: the sheet hides, and hidden fields are neither checked nor sent. */
    private static void hiddenWhenRecusing(ObjectNode component) {
        component.putObject("conditional").put("hide", "=" + BlindVariables.CONFLICT_DECLARED + " = true");
    }

    private static ObjectNode itemField(RubricItem item) {
        ObjectNode field = JSON.createObjectNode();
        field.put("type", "number");
        field.put("id", "field_" + item.id());
        field.put("key", BlindVariables.scoreItem(item.id()));
        field.put("label", item.text() + "（" + points(item.points()) + "分）");
        // the label already gives the points; a line of its own only for a note, so that 42 items stay short
        if (item.pointsNote() != null) {
            field.put("description", item.pointsNote());
        }
        field.put("increment", "0.5");
        field.put("decimalDigits", 1);
        field.putObject("validate").put("required", true).put("min", 0).put("max", item.points());
        return field;
    }

    /** A field that shows a variable and is never submitted (form-js sends no disabled field). */
    private static ObjectNode shown(ArrayNode components, String key, String label, boolean multiline) {
        ObjectNode node = components.addObject();
        node.put("type", multiline ? "textarea" : "textfield");
        node.put("id", "shown_" + key);
        node.put("key", key);
        node.put("label", label);
        node.put("disabled", true);
        return node;
    }

    /**
     * The office's text (a title, a part, dimension or heading name of a criteria version) as literal
     * text inside a form's markdown: no emphasis, link, image, markup or {@code {{template}}} of its own.
     */
    static String markdown(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]()<>!{}|~#+])", "\\\\$1");
    }

    /** Text inside a FEEL string literal ({@code "…"}): quotes and backslashes escaped. */
    static String feelString(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static ObjectNode text(ArrayNode components, String id, String text) {
        ObjectNode node = components.addObject();
        node.put("type", "text");
        node.put("id", "text_" + id);
        node.put("text", text);
        return node;
    }

    private static List<RubricItem> itemsOf(RubricPart part) {
        return part.dimensions().stream().flatMap(d -> d.items().stream()).toList();
    }

    /** FEEL: the sum of the items' valid scores, as a string; a missing or invalid score adds 0. */
    private static String sumOf(List<RubricItem> items) {
        return "string(sum(for p in " + scoresAndPoints(items) + " return if " + VALID + " then p[1] else 0))";
    }

    /**
     * FEEL: the total line, "### 总分：x / 100 分", followed, unless every item has a valid score, by
     * "（n 项未填或无效，未计入）". The list of valid scores is written once and bound to {@code t}: form-js
     * evaluates every text on each keystroke, and its time grows with the expression's length.
     */
    private static String totalLine(List<RubricItem> items, BigDecimal totalPoints) {
        String valid =
                "(for p in " + scoresAndPoints(items) + " return if " + VALID + " then p[1] else null)[item != null]";
        int n = items.size();
        return "=(for t in [" + valid + "] return \"### 总分：\" + string(if count(t) = 0 then 0 else sum(t)) + \" / "
                + points(totalPoints) + " 分\" + (if count(t) = " + n + " then \"\" else \"（\" + string(" + n
                + " - count(t)) + \" 项未填或无效，未计入）\"))[1]";
    }

    /** FEEL: {@code [[score_a,1],[score_b,2],…]}, each item's score and its points. */
    private static String scoresAndPoints(List<RubricItem> items) {
        return items.stream()
                .map(i -> "[" + BlindVariables.scoreItem(i.id()) + "," + points(i.points()) + "]")
                .collect(Collectors.joining(",", "[", "]"));
    }

    private static String points(BigDecimal points) {
        return points.stripTrailingZeros().toPlainString();
    }
}
