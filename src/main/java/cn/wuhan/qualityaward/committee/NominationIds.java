package cn.wuhan.qualityaward.committee;

import cn.wuhan.qualityaward.common.InvalidInputException;
import java.util.ArrayList;
import java.util.List;

/** Nomination ids as chosen in a checklist, where they arrive as text. */
public final class NominationIds {

    private NominationIds() {}

    public static List<Long> parse(List<String> values, String field) {
        List<Long> ids = new ArrayList<>();
        for (String value : values) {
            try {
                ids.add(Long.valueOf(value.trim()));
            } catch (NumberFormatException e) {
                throw InvalidInputException.of(field, "NOT_A_NOMINATION", "“" + value + "”不是有效的申报编号");
            }
        }
        return ids;
    }
}
