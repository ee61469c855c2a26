package cn.wuhan.qualityaward.nomination;

import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * The 申报表: every field of a nomination as it is filed, declared once. A component's name is the
 * start form's field key and process variable (forms/nomination.form), the JSON property of
 * {@code POST /api/nominations} and, in snake case, the column of table {@code nomination}
 * ({@link NominationRepository}); {@link PersonalData.Sensitive} marks what the engine must never keep.
 * So a new field is a component here, its check in {@link NominationValidator}, a column and a form
 * field. Years of past incidents are the calendar year of the latest one, or null when there was none.
 * {@code claimedConditions} matter for 其他人员 only.
 */
@Schema(name = "NominationFiling", description = "个人奖申报")
public record NominationRequest(
        @Schema(description = "评选周期编号", example = "2026", requiredMode = Schema.RequiredMode.REQUIRED)
        String cycleId,

        @Schema(description = "被推荐人姓名", example = "王芳", requiredMode = Schema.RequiredMode.REQUIRED)
        String nomineeName,

        @PersonalData.Sensitive @Schema(description = "18位公民身份号码（GB 11643），可不填", example = "420106198503150026")
        String idNumber,

        @Schema(description = "工作单位", requiredMode = Schema.RequiredMode.REQUIRED)
        String organization,

        @Schema(description = "职务或岗位", requiredMode = Schema.RequiredMode.REQUIRED)
        String position,

        @Schema(description = "职称，没有职称的写“无”", example = "高级工程师", requiredMode = Schema.RequiredMode.REQUIRED)
        String title,

        @PersonalData.Sensitive
        @Schema(
                description = "被推荐人联系电话：11位手机号码，或带区号的固定电话（分机用“-”接在后面）；仅评审办公室可见",
                example = "027-87654321",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String phone,

        @Schema(
                description = "职务层级，决定建议的评审类别",
                allowableValues = {"SENIOR", "MIDDLE", "FRONTLINE", "OTHER"},
                requiredMode = Schema.RequiredMode.REQUIRED)
        String positionLevel,

        @Schema(description = "推荐单位", requiredMode = Schema.RequiredMode.REQUIRED)
        String recommendingUnit,

        @Schema(description = "推荐单位意见", requiredMode = Schema.RequiredMode.REQUIRED)
        String recommendingOpinion,

        @Schema(description = "主要事迹简介", requiredMode = Schema.RequiredMode.REQUIRED)
        String summary,

        @Schema(
                description = "在汉从事质量或质量相关工作年限",
                minimum = "0",
                maximum = "60",
                requiredMode = Schema.RequiredMode.REQUIRED)
        Integer qualityWorkYears,

        @PersonalData.Sensitive @Schema(description = "最近一次本人负有责任的重大质量、安全、环境或公共卫生事件的年份，没有则不填")
        Integer majorIncidentYear,

        @PersonalData.Sensitive @Schema(description = "最近一次违法或违纪行为的年份，没有则不填")
        Integer illegalConductYear,

        @PersonalData.Sensitive @Schema(description = "最近一次严重失信记录的年份，没有则不填")
        Integer badCreditYear,

        @PersonalData.Sensitive @Schema(description = "最近一次质量奖申报弄虚作假的年份，没有则不填")
        Integer awardFraudYear,

        @Schema(description = "上次获得本奖项的年份，没有则不填") Integer lastAwardYear,

        @Schema(description = "被推荐人声明材料真实有效", requiredMode = Schema.RequiredMode.REQUIRED)
        Boolean materialsDeclaredTrue,

        @Schema(description = "其他人员：所满足的评定标准所列条件及说明") List<ClaimedCondition> claimedConditions) {

    /** The fields that are not a single value: kept in a table of their own and as a checklist. */
    static final String CLAIMED_CONDITIONS = "claimedConditions";

    private static final RecordComponent[] FIELDS = NominationRequest.class.getRecordComponents();
    private static final Constructor<NominationRequest> CONSTRUCTOR = canonicalConstructor();

    public NominationRequest {
        claimedConditions = claimedConditions == null ? List.of() : List.copyOf(claimedConditions);
    }

    /**
     * A filing from its fields by name, each asked for with its declared type ({@code String},
     * {@code Integer}, {@code Boolean}, or {@code List} for {@link #CLAIMED_CONDITIONS}) and answered with a
     * value of that type, or null when absent; a value of another type is a programming error
     * ({@link IllegalArgumentException}), so callers convert first (as {@code ProcessVariable} does).
     */
    public static NominationRequest from(BiFunction<String, Class<?>, Object> field) {
        Object[] values = Arrays.stream(FIELDS)
                .map(c -> field.apply(c.getName(), c.getType()))
                .toArray();
        try {
            return CONSTRUCTOR.newInstance(values);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every field by name, in the order declared; absent values are null. */
    public Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (RecordComponent c : FIELDS) {
            try {
                fields.put(c.getName(), c.getAccessor().invoke(this));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return fields;
    }

    /** The names of the fields marked {@link PersonalData.Sensitive}. */
    static Set<String> sensitiveFields() {
        return Arrays.stream(FIELDS)
                .filter(c -> c.isAnnotationPresent(PersonalData.Sensitive.class))
                .map(RecordComponent::getName)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The names of every field, in the order declared. */
    static List<String> fieldNames() {
        return Arrays.stream(FIELDS).map(RecordComponent::getName).toList();
    }

    /** The same filing with one field replaced. */
    NominationRequest with(String name, Object value) {
        Map<String, Object> fields = fields();
        if (!fields.containsKey(name)) {
            throw new IllegalArgumentException("no field " + name);
        }
        fields.put(name, value);
        return from((field, type) -> fields.get(field));
    }

    /** The same filing for another recommending unit: a recommender's own, whatever the form said. */
    public NominationRequest withRecommendingUnit(String unit) {
        return with("recommendingUnit", unit);
    }

    /** Surrounding blanks gone, an empty ID number absent, its check letter upper-case. */
    public NominationRequest normalized() {
        String id =
                idNumber == null || idNumber.isBlank() ? null : idNumber.strip().toUpperCase(Locale.ROOT);
        return with("cycleId", cycleId == null ? null : cycleId.strip()).with("idNumber", id);
    }

    private static Constructor<NominationRequest> canonicalConstructor() {
        try {
            return NominationRequest.class.getDeclaredConstructor(
                    Arrays.stream(FIELDS).map(RecordComponent::getType).toArray(Class<?>[]::new));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }
}
