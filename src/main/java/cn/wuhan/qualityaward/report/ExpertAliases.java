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

    private ExpertAliases(boolean named) {
        this.named = named;
    }

    public static ExpertAliases of(List<String> panel, List<String> sheetAuthors, boolean named) {
        ExpertAliases result = new ExpertAliases(named);
        panel.forEach(result::add);
        sheetAuthors.forEach(result::add);
        return result;
    }

    private void add(String expertId) {
        aliases.computeIfAbsent(expertId, id -> "E" + (aliases.size() + 1));
    }

    /** The expert's id for readers who see names, otherwise the alias. */
    public String shown(String expertId) {
        if (named) {
            return expertId;
        }
        add(expertId);
        return aliases.get(expertId);
    }
}
