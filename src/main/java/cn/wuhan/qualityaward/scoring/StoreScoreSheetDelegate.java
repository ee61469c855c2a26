package cn.wuhan.qualityaward.scoring;

import static cn.wuhan.qualityaward.nomination.NominationProcess.Variables.EXPERT;
import static cn.wuhan.qualityaward.nomination.NominationProcess.Variables.NOMINATION_ID;
import static cn.wuhan.qualityaward.nomination.NominationProcess.Variables.RECUSED;

import cn.wuhan.qualityaward.common.InvalidInputException;
import cn.wuhan.qualityaward.engine.Actors;
import cn.wuhan.qualityaward.engine.Refusal;
import cn.wuhan.qualityaward.engine.SystemAuthority;
import cn.wuhan.qualityaward.panel.PanelNotices;
import cn.wuhan.qualityaward.panel.PanelService;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Right after an expert completes the scoring task, within the same transaction: either the expert
 * declared a conflict of interest, and leaves the panel for a replacement; or the score sheet is
 * checked and stored. Either way the submitted values are dropped before anything is committed, so
 * they never persist as process variables. A refused sheet rolls the completion back.
 */
@Component
public class StoreScoreSheetDelegate implements JavaDelegate {

    private final ScoringService scoring;
    private final PanelService panels;
    private final PanelNotices notices;

    public StoreScoreSheetDelegate(ScoringService scoring, PanelService panels, PanelNotices notices) {
        this.scoring = scoring;
        this.panels = panels;
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, Object> submitted = execution.getVariables();
        long nominationId = NOMINATION_ID.required(execution);
        String expert = seatHolder(execution);
        if (Boolean.TRUE.equals(submitted.get(ScoreSheetVariables.CONFLICT_DECLARED))) {
            String reason = text(submitted.get(ScoreSheetVariables.CONFLICT_REASON));
            String replacement =
                    Refusal.guard(() -> SystemAuthority.call(() -> panels.recuse(nominationId, expert, reason)));
            execution.setVariable(EXPERT, replacement);
            notices.recused(nominationId, expert, reason, replacement);
            RECUSED.setForThisStep(execution, true);
        } else {
            Refusal.guard(() -> scoring.submit(
                    nominationId,
                    expert,
                    ScoreSheetVariables.items(submitted),
                    text(submitted.get(ScoreSheetVariables.COMMENT))));
            RECUSED.setForThisStep(execution, false);
        }
        submitted.keySet().stream().filter(ScoreSheetVariables::isSheetVariable).forEach(execution::removeVariable);
    }

    /**
     * The expert who completed the seat's task, never a name the submission carries: the assignee
     * the engine checked against the authenticated user, who must also hold this seat.
     */
    private static String seatHolder(DelegateExecution execution) {
        String actor = Actors.completedBy(execution);
        if (actor == null || !actor.equals(execution.getVariable(EXPERT))) {
            throw Refusal.of(InvalidInputException.of("expert", "NOT_SEAT_HOLDER", "只有该评分任务的评审专家本人可以提交评分表"));
        }
        return actor;
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }
}
