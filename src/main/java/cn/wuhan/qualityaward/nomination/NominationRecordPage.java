package cn.wuhan.qualityaward.nomination;

import static cn.wuhan.qualityaward.nomination.document.MaterialsPage.htmlEscape;

import cn.wuhan.qualityaward.nomination.document.MaterialsPage;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The 申报表 as a page for the office (the formal review's 查看申报表 opens it in a new tab): every filled
 * field under the label the start form {@code forms/nomination.form} gives it, choices by their labels,
 * every text escaped. No script; the same style and policy as the materials page.
 */
final class NominationRecordPage {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The start form's fields in its order: key to label and, for choices, value to label. */
    private static final Map<String, Field> FIELDS = fieldsOfTheStartForm();

    private record Field(String label, Map<String, String> options) {}

    private NominationRecordPage() {}

    static String render(NominationOnFile record) {
        Map<String, Object> values = JSON.convertValue(
                record.filing(), JSON.getTypeFactory().constructMapType(Map.class, String.class, Object.class));
        StringBuilder h = MaterialsPage.page("申报表 · " + record.referenceNo())
                .append("<h1>申报表</h1><p class=\"who\">申报编号 ")
                .append(htmlEscape(record.referenceNo()))
                .append("</p><p class=\"hint\">仅评审办公室可见（含联系电话）。本页在新标签页打开，看完关闭即可，任务表单中已填写的内容不受影响。</p>")
                .append("<table><tbody>");
        FIELDS.forEach((key, field) -> {
            String shown = shown(values.get(key), field);
            if (!shown.isEmpty()) {
                h.append("<tr><th scope=\"row\">")
                        .append(htmlEscape(field.label()))
                        .append("</th><td>")
                        .append(htmlEscape(shown))
                        .append("</td></tr>");
            }
        });
        return h.append("</tbody></table></main></body></html>").toString();
    }

    static String refusal(String message) {
        return MaterialsPage.refusal("申报表", message);
    }

    private static String shown(Object value, Field field) {
        if (value == null) {
            return "";
        }
        if (value instanceof Boolean yes) {
            return yes ? "是" : "否";
        }
        if (value instanceof Collection<?> many) {
            return many.stream().map(one -> shown(one, field)).collect(Collectors.joining("；"));
        }
        String text = String.valueOf(value);
        return field.options().getOrDefault(text, text);
    }

    private static Map<String, Field> fieldsOfTheStartForm() {
        try (InputStream form = NominationRecordPage.class.getResourceAsStream("/forms/nomination.form")) {
            Map<String, Field> fields = new LinkedHashMap<>();
            collect(JSON.readTree(form).path("components"), fields);
            return fields;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(JsonNode components, Map<String, Field> fields) {
        for (JsonNode component : components) {
            String key = component.path("key").asText("");
            if (!key.isEmpty() && component.has("label")) {
                Map<String, String> options = new LinkedHashMap<>();
                component
                        .path("values")
                        .forEach(option -> options.put(
                                option.path("value").asText(),
                                option.path("label").asText()));
                fields.put(key, new Field(component.path("label").asText(), options));
            }
            collect(component.path("components"), fields);
        }
    }
}
