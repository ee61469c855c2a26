package cn.wuhan.qualityaward.panel;

import cn.wuhan.qualityaward.common.FieldProblem;
import cn.wuhan.qualityaward.common.InvalidInputException;
import java.util.List;

/**
 * The expert pool cannot supply a full, conflict-free panel; never score with a silently smaller one.
 * Where a person caused it (a recusal, a reassignment) it is refused to them with this message.
 */
public class PanelUnavailableException extends InvalidInputException {

    public PanelUnavailableException(int needed, int available, int unqualified, int conflicted) {
        super(List.of(
                new FieldProblem("panel", "PANEL_UNAVAILABLE", message(needed, available, unqualified, conflicted))));
    }

    private static String message(int needed, int available, int unqualified, int conflicted) {
        return ("评审组需要"
                + needed
                + "名专家，专家库中可用的只有"
                + available
                + "名（不能评审该类别"
                + unqualified
                + "名，存在利益冲突或已回避"
                + conflicted
                + "名）。请在专家库中补充专家后重试。");
    }
}
