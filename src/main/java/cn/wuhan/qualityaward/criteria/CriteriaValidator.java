package cn.wuhan.qualityaward.criteria;

import cn.wuhan.qualityaward.common.FieldProblem;
import cn.wuhan.qualityaward.common.InvalidInputException;
import cn.wuhan.qualityaward.criteria.rubric.Rubric;
import cn.wuhan.qualityaward.criteria.rubric.RubricCondition;
import cn.wuhan.qualityaward.criteria.rubric.RubricDimension;
import cn.wuhan.qualityaward.criteria.rubric.RubricItem;
import cn.wuhan.qualityaward.criteria.rubric.RubricPart;
import cn.wuhan.qualityaward.criteria.rubric.RubricTrack;
import cn.wuhan.qualityaward.nomination.Track;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Checks a criteria version before it is stored, and finds every problem at once, each with the
 * JSON path of its field, a code, and a Chinese message that names the track, part, dimension and
 * item. The rules are those of the 评定标准细则 itself: items add up to their dimension, dimensions to
 * their part, and each track's sheet (the common parts plus its 关键要求) to 100; every text is filled
 * in; an item's id, which becomes the form key {@code score_<id>}, is unique on each sheet; 其他人员
 * list the conditions a nominee claims at least one of.
 */
public final class CriteriaValidator {

    /** Every sheet of the award is out of 100 points (评定标准细则, 总分100分). */
    public static final BigDecimal SHEET_TOTAL = BigDecimal.valueOf(100);
    /** Experts score in steps of half a point, so an item's points are a multiple of it. */
    static final BigDecimal STEP = new BigDecimal("0.5");

    /** An id becomes part of a form key and a FEEL name: a letter, then letters, digits or _. */
    private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,39}");

    private static final int LABEL_MAX = 100;
    private static final int NAME_MAX = 100;
    private static final int TEXT_MAX = 1000;
    private static final Set<Track> SCORED_TRACKS = EnumSet.of(Track.SENIOR_MANAGER, Track.MIDDLE_MANAGER, Track.STAFF);

    private final List<FieldProblem> problems = new ArrayList<>();

    private CriteriaValidator() {}

    /**
     * The document with its texts stripped (blank ones null) and its points in their plainest scale,
     * or {@link InvalidInputException} with every problem found.
     */
    public static CriteriaDocument check(CriteriaDocument document) {
        CriteriaDocument normalized = normalize(document);
        List<FieldProblem> found = problems(normalized);
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
        return normalized;
    }

    /** Every problem of a (normalized) document; empty when it may be stored. */
    public static List<FieldProblem> problems(CriteriaDocument document) {
        CriteriaValidator validator = new CriteriaValidator();
        validator.checkDocument(document);
        return List.copyOf(validator.problems);
    }

    private void checkDocument(CriteriaDocument document) {
        if (document == null) {
            add("", "REQUIRED", "请提交评定标准版本");
            return;
        }
        if (document.label() == null) {
            add("label", "REQUIRED", "请填写版本名称（例如“2026 试行”）");
        } else if (document.label().length() > LABEL_MAX) {
            add("label", "TOO_LONG", "版本名称不能超过" + LABEL_MAX + "个字");
        }
        Rubric rubric = document.rubric();
        if (rubric == null) {
            add("rubric", "REQUIRED", "缺少评定标准细则");
            return;
        }
        text("rubric.title", rubric.title(), "评定标准", "标题", 200);
        if (rubric.edition() != null && rubric.edition().length() > NAME_MAX) {
            add("rubric.edition", "TOO_LONG", "版次不能超过" + NAME_MAX + "个字");
        }
        if (rubric.totalPoints() != SHEET_TOTAL.intValue()) {
            add("rubric.totalPoints", "TOTAL_POINTS", "总分应为100分，现为" + rubric.totalPoints() + "分");
        }

        List<ItemAt> commonItems = new ArrayList<>();
        List<RubricPart> commonParts = rubric.commonParts() == null ? List.of() : rubric.commonParts();
        if (commonParts.isEmpty()) {
            add("rubric.commonParts", "REQUIRED", "缺少各类别共同的部分（基本条件、职业素养）");
        }
        for (int p = 0; p < commonParts.size(); p++) {
            String where = "通用部分“" + named(commonParts.get(p), RubricPart::name, "第" + (p + 1) + "部分") + "”";
            checkPart(commonParts.get(p), "rubric.commonParts[" + p + "]", where, commonItems);
        }
        duplicatesAgainst(commonItems, 0);
        duplicateIds(commonParts, RubricPart::id, "rubric.commonParts", "id", "通用部分", "部分编号");

        List<RubricTrack> tracks = rubric.tracks() == null ? List.of() : rubric.tracks();
        Set<Track> seen = EnumSet.noneOf(Track.class);
        for (int t = 0; t < tracks.size(); t++) {
            String path = "rubric.tracks[" + t + "]";
            RubricTrack track = tracks.get(t);
            if (track == null) {
                add(path, "REQUIRED", "第" + (t + 1) + "个评审类别为空");
                continue;
            }
            String where = "评审类别“" + named(track, RubricTrack::name, "第" + (t + 1) + "个") + "”";
            text(path + ".name", track.name(), where, "名称", NAME_MAX);
            Track known = Track.parse(track.id()).orElse(null);
            if (known == null) {
                add(
                        path + ".id",
                        "UNKNOWN_TRACK",
                        where + "：编号“" + Objects.toString(track.id(), "")
                                + "”应为 SENIOR_MANAGER、MIDDLE_MANAGER、STAFF 或 OTHER");
                continue;
            }
            if (!seen.add(known)) {
                add(path + ".id", "DUPLICATE_TRACK", where + "：评审类别" + known.name() + "出现了不止一次");
                continue;
            }
            if (known == Track.OTHER) {
                checkOther(track, path, where);
            } else {
                checkScoredTrack(track, path, where, commonParts, commonItems);
            }
        }
        for (Track track : Track.values()) {
            if (!seen.contains(track)) {
                add("rubric.tracks", "MISSING_TRACK", "缺少评审类别“" + track.label() + "”（" + track.name() + "）");
            }
        }
    }

    private void checkScoredTrack(
            RubricTrack track, String path, String where, List<RubricPart> commonParts, List<ItemAt> commonItems) {
        RubricPart key = track.keyPart();
        if (key == null) {
            add(path + ".keyPart", "REQUIRED", where + "：缺少关键要求部分");
            return;
        }
        List<ItemAt> keyItems = new ArrayList<>();
        checkPart(key, path + ".keyPart", where + "·“" + named(key, RubricPart::name, "关键要求") + "”", keyItems);
        List<ItemAt> sheet = new ArrayList<>(commonItems);
        sheet.addAll(keyItems);
        duplicatesAgainst(sheet, commonItems.size());
        if (key.id() != null
                && commonParts.stream()
                        .filter(Objects::nonNull)
                        .anyMatch(p -> key.id().equals(p.id()))) {
            add(path + ".keyPart.id", "DUPLICATE_KEY", where + "：关键要求的部分编号“" + key.id() + "”与通用部分的编号重复");
        }

        List<BigDecimal> parts = new ArrayList<>();
        commonParts.stream().filter(Objects::nonNull).forEach(p -> parts.add(p.points()));
        parts.add(key.points());
        if (parts.stream().allMatch(Objects::nonNull)) {
            BigDecimal total = parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            if (total.compareTo(SHEET_TOTAL) != 0) {
                StringBuilder sum = new StringBuilder();
                for (RubricPart part : commonParts) {
                    if (part != null) {
                        sum.append(Objects.toString(part.name(), ""))
                                .append(plain(part.points()))
                                .append("分＋");
                    }
                }
                sum.append(Objects.toString(key.name(), ""))
                        .append(plain(key.points()))
                        .append("分");
                add(path + ".keyPart.points", "TRACK_TOTAL", where + "：各部分合计" + plain(total) + "分（" + sum + "），应为100分");
            }
        }
    }

    private void checkOther(RubricTrack track, String path, String where) {
        if (track.keyPart() != null) {
            add(path + ".keyPart", "NOT_ALLOWED", where + "：其他人员按参照类别的评分表评分，不设自己的关键要求");
        }
        text(path + ".scope", track.scope(), where, "适用范围", 2000);
        text(path + ".referenceRule", track.referenceRule(), where, "参照规则", 200);
        List<String> references = track.referenceTracks() == null ? List.of() : track.referenceTracks();
        if (references.isEmpty()) {
            add(path + ".referenceTracks", "REQUIRED", where + "：请列出可参照的评审类别");
        }
        for (int r = 0; r < references.size(); r++) {
            String reference = references.get(r);
            if (Track.parse(reference).filter(SCORED_TRACKS::contains).isEmpty()) {
                add(
                        path + ".referenceTracks[" + r + "]",
                        "UNKNOWN_TRACK",
                        where + "：参照类别“" + Objects.toString(reference, "")
                                + "”应为 SENIOR_MANAGER、MIDDLE_MANAGER 或 STAFF");
            }
        }
        List<RubricCondition> conditions = track.conditions() == null ? List.of() : track.conditions();
        if (conditions.isEmpty()) {
            add(path + ".conditions", "MISSING_CONDITIONS", where + "：缺少申报条件（其他人员应至少满足其中一条）");
        }
        for (int c = 0; c < conditions.size(); c++) {
            String at = path + ".conditions[" + c + "]";
            String whereCondition = where + "·第" + (c + 1) + "条申报条件";
            RubricCondition condition = conditions.get(c);
            if (condition == null) {
                add(at, "REQUIRED", whereCondition + "为空");
                continue;
            }
            key(at + ".id", condition.id(), whereCondition, "条件编号");
            text(at + ".text", condition.text(), whereCondition, "内容", TEXT_MAX);
        }
        duplicateIds(conditions, RubricCondition::id, path + ".conditions", "id", where, "条件编号");
    }

    /** Checks a part and its dimensions and items; adds its items, located, to {@code items}. */
    private void checkPart(RubricPart part, String path, String where, List<ItemAt> items) {
        if (part == null) {
            add(path, "REQUIRED", where + "为空");
            return;
        }
        key(path + ".id", part.id(), where, "部分编号");
        text(path + ".name", part.name(), where, "名称", NAME_MAX);
        points(path + ".points", part.points(), where, false);
        List<RubricDimension> dimensions = part.dimensions() == null ? List.of() : part.dimensions();
        if (dimensions.isEmpty()) {
            add(path + ".dimensions", "REQUIRED", where + "：没有评分维度");
        }
        for (int d = 0; d < dimensions.size(); d++) {
            String dimensionPath = path + ".dimensions[" + d + "]";
            RubricDimension dimension = dimensions.get(d);
            String whereDimension = where + "·“" + named(dimension, RubricDimension::name, "第" + (d + 1) + "个维度") + "”";
            if (dimension == null) {
                add(dimensionPath, "REQUIRED", whereDimension + "为空");
                continue;
            }
            key(dimensionPath + ".id", dimension.id(), whereDimension, "维度编号");
            text(dimensionPath + ".name", dimension.name(), whereDimension, "名称", NAME_MAX);
            points(dimensionPath + ".points", dimension.points(), whereDimension, false);
            List<RubricItem> dimensionItems = dimension.items() == null ? List.of() : dimension.items();
            if (dimensionItems.isEmpty()) {
                add(dimensionPath + ".items", "REQUIRED", whereDimension + "：没有评分细则");
            }
            for (int i = 0; i < dimensionItems.size(); i++) {
                String itemPath = dimensionPath + ".items[" + i + "]";
                String whereItem = whereDimension + "第" + (i + 1) + "项";
                RubricItem item = dimensionItems.get(i);
                if (item == null) {
                    add(itemPath, "REQUIRED", whereItem + "为空");
                    continue;
                }
                key(itemPath + ".id", item.id(), whereItem, "细则编号");
                text(itemPath + ".text", item.text(), whereItem, "细则内容", TEXT_MAX);
                points(itemPath + ".points", item.points(), whereItem, true);
                limit(itemPath + ".heading", item.heading(), whereItem, "小标题", NAME_MAX);
                limit(itemPath + ".pointsNote", item.pointsNote(), whereItem, "分值说明", 500);
                if (item.id() != null) {
                    items.add(new ItemAt(item.id(), itemPath + ".id", whereItem));
                }
            }
            sum(
                    dimensionItems.stream()
                            .map(i -> i == null ? null : i.points())
                            .toList(),
                    dimension.points(),
                    dimensionPath + ".points",
                    whereDimension + "：各项分值合计",
                    "与维度分值");
        }
        duplicateIds(dimensions, RubricDimension::id, path + ".dimensions", "id", where, "维度编号");
        sum(
                dimensions.stream().map(d -> d == null ? null : d.points()).toList(),
                part.points(),
                path + ".points",
                where + "：各维度分值合计",
                "与该部分分值");
    }

    private void sum(List<BigDecimal> summands, BigDecimal expected, String path, String what, String against) {
        if (expected == null || summands.isEmpty() || summands.stream().anyMatch(Objects::isNull)) {
            return; // a missing number is reported where it is missing, not again as a wrong sum
        }
        BigDecimal total = summands.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.compareTo(expected) != 0) {
            add(path, "POINTS_MISMATCH", what + plain(total) + "分，" + against + plain(expected) + "分不符");
        }
    }

    private void points(String path, BigDecimal points, String where, boolean item) {
        if (points == null) {
            add(path, "MISSING_POINTS", where + "：未标分值");
        } else if (points.signum() <= 0 || points.compareTo(SHEET_TOTAL) > 0) {
            add(path, "POINTS_RANGE", where + "：分值应大于0且不超过100分，现为" + plain(points) + "分");
        } else if (item && points.remainder(STEP).signum() != 0) {
            add(path, "POINTS_STEP", where + "：分值应为0.5分的整数倍（专家以0.5分为单位评分），现为" + plain(points) + "分");
        }
    }

    private void key(String path, String id, String where, String what) {
        if (id == null) {
            add(path, "EMPTY_TEXT", where + "：" + what + "不能为空");
        } else if (!KEY.matcher(id).matches()) {
            add(path, "INVALID_KEY", where + "：" + what + "“" + id + "”应以英文字母开头，只含英文字母、数字和下划线，不超过40个字符");
        }
    }

    private void text(String path, String value, String where, String what, int max) {
        if (value == null) {
            add(path, "EMPTY_TEXT", where + "：" + what + "不能为空");
        } else {
            limit(path, value, where, what, max);
        }
    }

    private void limit(String path, String value, String where, String what, int max) {
        if (value != null && value.length() > max) {
            add(path, "TOO_LONG", where + "：" + what + "不能超过" + max + "个字");
        }
        // form-js reads a label starting with "=" as an expression and "{{…}}" as a template, and
        // Tasklist shows a refusal quoting these texts as HTML
        if (value != null
                && (value.strip().startsWith("=")
                        || value.contains("{{")
                        || value.contains("<")
                        || value.contains(">"))) {
            add(path, "MARKUP_TEXT", where + "：" + what + "不能以“=”开头，也不能含有“{{”“<”“>”，这些字符在评分表中会被当作表达式或标记");
        }
    }

    /** Items of one sheet whose ids repeat; the first {@code checked} were compared among themselves already. */
    private void duplicatesAgainst(List<ItemAt> sheet, int checked) {
        Map<String, ItemAt> first = new HashMap<>();
        for (int i = 0; i < sheet.size(); i++) {
            ItemAt item = sheet.get(i);
            ItemAt earlier = first.putIfAbsent(item.id(), item);
            if (earlier != null && i >= checked) {
                add(
                        item.path(),
                        "DUPLICATE_KEY",
                        item.where() + "的细则编号“" + item.id() + "”与" + earlier.where() + "重复（同一评分表内的细则编号须唯一）");
            }
        }
    }

    private <T> void duplicateIds(
            List<T> list, Function<T, String> id, String path, String field, String where, String what) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            T element = list.get(i);
            String value = element == null ? null : id.apply(element);
            if (value == null) {
                continue;
            }
            Integer earlier = first.putIfAbsent(value, i);
            if (earlier != null) {
                add(
                        path + "[" + i + "]." + field,
                        "DUPLICATE_KEY",
                        where + "：第" + (i + 1) + "个" + what + "“" + value + "”与第" + (earlier + 1) + "个重复");
            }
        }
    }

    private void add(String field, String code, String message) {
        problems.add(new FieldProblem(field, code, message));
    }

    private static <T> String named(T element, Function<T, String> name, String otherwise) {
        String value = element == null ? null : name.apply(element);
        return value == null ? otherwise : value;
    }

    static String plain(BigDecimal points) {
        return points.stripTrailingZeros().toPlainString();
    }

    private record ItemAt(String id, String path, String where) {}

    // ---- normalization: what the office typed, less outer spaces, with points in their plainest scale

    static CriteriaDocument normalize(CriteriaDocument document) {
        if (document == null) {
            return null;
        }
        return new CriteriaDocument(text(document.label()), normalize(document.rubric()));
    }

    private static Rubric normalize(Rubric rubric) {
        if (rubric == null) {
            return null;
        }
        return new Rubric(
                text(rubric.title()),
                text(rubric.edition()),
                rubric.totalPoints(),
                list(rubric.commonParts(), CriteriaValidator::normalize),
                list(rubric.tracks(), CriteriaValidator::normalize));
    }

    private static RubricTrack normalize(RubricTrack track) {
        return new RubricTrack(
                text(track.id()),
                text(track.name()),
                track.points(),
                track.keyPart() == null ? null : normalize(track.keyPart()),
                text(track.scope()),
                text(track.referenceRule()),
                list(track.referenceTracks(), CriteriaValidator::text),
                list(track.conditions(), c -> new RubricCondition(text(c.id()), text(c.text()))));
    }

    private static RubricPart normalize(RubricPart part) {
        return new RubricPart(
                text(part.id()),
                text(part.name()),
                number(part.points()),
                list(part.dimensions(), CriteriaValidator::normalize));
    }

    private static RubricDimension normalize(RubricDimension dimension) {
        return new RubricDimension(
                text(dimension.id()),
                text(dimension.name()),
                number(dimension.points()),
                list(dimension.items(), CriteriaValidator::normalize));
    }

    private static RubricItem normalize(RubricItem item) {
        return new RubricItem(
                text(item.id()),
                text(item.heading()),
                text(item.text()),
                number(item.points()),
                text(item.pointsNote()));
    }

    private static <T> List<T> list(List<T> values, Function<T, T> normalize) {
        if (values == null) {
            return null;
        }
        List<T> normalized = new ArrayList<>(values.size());
        for (T value : values) {
            normalized.add(value == null ? null : normalize.apply(value));
        }
        return normalized;
    }

    private static String text(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    static BigDecimal number(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal plain = value.stripTrailingZeros();
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }
}
