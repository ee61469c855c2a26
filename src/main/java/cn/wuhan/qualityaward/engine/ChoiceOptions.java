package cn.wuhan.qualityaward.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;

/** The {label, value} list a Camunda Forms checklist reads through its {@code valuesKey}. */
public final class ChoiceOptions {

    private ChoiceOptions() {}

    public static <T> SpinJsonNode of(List<T> items, Function<T, String> label, Function<T, String> value) {
        List<Map<String, String>> options = items.stream()
                .map(item -> {
                    Map<String, String> option = new LinkedHashMap<>();
                    option.put("label", label.apply(item));
                    option.put("value", value.apply(item));
                    return option;
                })
                .toList();
        return Spin.JSON(options);
    }
}
