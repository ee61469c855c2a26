package cn.wuhan.qualityaward.scoring;

import static cn.wuhan.qualityaward.nomination.NominationProcess.Variables.MODERATION_SHEETS;
import static cn.wuhan.qualityaward.nomination.NominationProcess.Variables.NOMINATION_ID;
import static cn.wuhan.qualityaward.nomination.NominationProcess.Variables.PANEL_OPTIONS;

import cn.wuhan.qualityaward.engine.ChoiceOptions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Puts the sheets side by side on the moderation task itself, as task-local variables: only the
 * panel leader's task can see them, never the other experts' tasks or the process.
 */
@Component
public class ModerationSheetsListener implements TaskListener {

    private final ModerationService moderation;

    public ModerationSheetsListener(ModerationService moderation) {
        this.moderation = moderation;
    }

    @Override
    public void notify(DelegateTask task) {
        List<SheetComparison> rows = moderation.sideBySide(NOMINATION_ID.required(task));
        List<Map<String, Object>> table = rows.stream()
                .map(row -> {
                    Map<String, Object> cells = new LinkedHashMap<>();
                    cells.put("expert", row.alias() + "（" + row.expertId() + "）");
                    for (int i = 0; i < row.partSubtotals().size(); i++) {
                        cells.put("part" + (i + 1), row.partSubtotals().get(i));
                    }
                    cells.put("total", row.total());
                    cells.put("comment", row.comment());
                    return cells;
                })
                .toList();
        task.setVariableLocal(
                MODERATION_SHEETS, SpinValues.jsonValue(Spin.JSON(table)).create());
        task.setVariableLocal(
                PANEL_OPTIONS.name(),
                SpinValues.jsonValue(ChoiceOptions.of(
                                rows,
                                r -> r.alias() + "（" + r.expertId() + "，总分"
                                        + r.total().stripTrailingZeros().toPlainString() + "）",
                                SheetComparison::expertId))
                        .create());
    }
}
