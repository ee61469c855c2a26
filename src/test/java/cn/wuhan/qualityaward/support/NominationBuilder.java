package cn.wuhan.qualityaward.support;

import static cn.wuhan.qualityaward.nomination.NominationProcess.Variables.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.spin.plugin.variable.SpinValues;

/** A valid, eligible nomination as the start form submits it; change one thing per test. */
public final class NominationBuilder {

    private final Map<String, Object> variables = new HashMap<>();
    private final List<String> claimed = new ArrayList<>();

    private NominationBuilder(String cycleId) {
        variables.put(CYCLE_ID.name(), cycleId);
        variables.put(NOMINEE_NAME.name(), "王芳");
        variables.put(ORGANIZATION.name(), "武汉钢铁集团");
        variables.put(POSITION.name(), "质量检验班班长");
        variables.put(POSITION_LEVEL.name(), "FRONTLINE");
        variables.put("title", "高级技师");
        variables.put("phone", "13907131234");
        variables.put(RECOMMENDING_UNIT.name(), "青山区质量强区办");
        variables.put(RECOMMENDING_OPINION.name(), "同意推荐");
        variables.put(SUMMARY.name(), "长期从事质量检验工作，主持多项质量改进。");
        variables.put(QUALITY_WORK_YEARS.name(), 12);
        variables.put(MATERIALS_DECLARED_TRUE.name(), true);
    }

    public static NominationBuilder aNomination(String cycleId) {
        return new NominationBuilder(cycleId);
    }

    public NominationBuilder named(String name) {
        variables.put(NOMINEE_NAME.name(), name);
        return this;
    }

    public NominationBuilder withIdNumber(String idNumber) {
        variables.put(ID_NUMBER.name(), idNumber);
        return this;
    }

    public NominationBuilder withQualityWorkYears(int years) {
        variables.put(QUALITY_WORK_YEARS.name(), years);
        return this;
    }

    /** Claims a condition of 其他人员, as the start form's checklist and its justification field do. */
    public NominationBuilder claiming(String conditionId, String justification) {
        claimed.add(conditionId);
        variables.put(JUSTIFICATION_PREFIX + conditionId, justification);
        variables.put(
                CLAIMED_CONDITIONS.name(),
                SpinValues.jsonValue(
                                claimed.stream().map(c -> "\"" + c + "\"").collect(Collectors.joining(",", "[", "]")))
                        .create());
        return this;
    }

    public NominationBuilder with(String variable, Object value) {
        variables.put(variable, value);
        return this;
    }

    public NominationBuilder without(String variable) {
        variables.remove(variable);
        return this;
    }

    public Map<String, Object> variables() {
        return new HashMap<>(variables);
    }
}
