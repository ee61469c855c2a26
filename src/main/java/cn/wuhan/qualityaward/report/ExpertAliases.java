package cn.wuhan.qualityaward.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a nominee's experts appear to readers who may not know them: E1…En in panel order (the
 * panel leader is E1), then anyone else who left a sheet, in the order they first did.
 */
public final class ExpertAliases {

    private final Map<String, String> aliases = new LinkedHashMap<>();
    private final boolean named;
    private final Map<String, String> names;

    private ExpertAliases(boolean named, Map<String, String> names) {
        this.named = named;
        this.names = names;
    }

    public static ExpertAliases of(List<String> panel, List<String> sheetAuthors, boolean named) {
        return of(panel, sheetAuthors, named, Map.of());
    }

    /** With {@code names} (id to 姓名) for readers who see them: shown as {@code 王建国（expert1）}. */
    public static ExpertAliases of(
            List<String> panel, List<String> sheetAuthors, boolean named, Map<String, String> names) {
        ExpertAliases result = new ExpertAliases(named, names);
        panel.forEach(result::add);
        sheetAuthors.forEach(result::add);
        return result;
    }

    private void add(String expertId) {
        aliases.computeIfAbsent(expertId, id -> "E" + (aliases.size() + 1));
    }

    /** The expert's name and id for readers who see names (the id alone when no name is known), otherwise the alias. */
    public String shown(String expertId) {
        if (named) {
            String name = names.get(expertId);
            return name == null || name.equals(expertId) ? expertId : name + "（" + expertId + "）";
        }
        add(expertId);
        return aliases.get(expertId);
    }
}
