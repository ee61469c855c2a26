package cn.wuhan.qualityaward.support;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A valid nomination as a portal posts it to /api/nominations; change one field per test. */
public final class FilingBuilder {

    private final Map<String, Object> json = new LinkedHashMap<>();

    private FilingBuilder(String cycleId) {
        json.put("cycleId", cycleId);
        json.put("nomineeName", "王芳");
        json.put("idNumber", "420106198503150026");
        json.put("organization", "武汉钢铁集团");
        json.put("position", "质量检验班班长");
        json.put("positionLevel", "FRONTLINE");
        json.put("title", "高级技师");
        json.put("phone", "13907131234");
        json.put("recommendingUnit", "青山区质量强区办");
        json.put("recommendingOpinion", "同意推荐");
        json.put("summary", "长期从事质量检验工作。");
        json.put("qualityWorkYears", 12);
        json.put("materialsDeclaredTrue", true);
    }

    public static FilingBuilder aFiling(String cycleId) {
        return new FilingBuilder(cycleId);
    }

    public FilingBuilder with(String field, Object value) {
        json.put(field, value);
        return this;
    }

    public FilingBuilder without(String field) {
        json.remove(field);
        return this;
    }

    public FilingBuilder claiming(String conditionId, String justification) {
        Map<String, Object> claim = new HashMap<>();
        claim.put("conditionId", conditionId);
        claim.put("justification", justification);
        json.put("claimedConditions", List.of(claim));
        return this;
    }

    public Map<String, Object> json() {
        return new LinkedHashMap<>(json);
    }
}
