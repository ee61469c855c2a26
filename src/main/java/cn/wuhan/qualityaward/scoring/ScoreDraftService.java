package cn.wuhan.qualityaward.scoring;

import cn.wuhan.qualityaward.cycle.UnfinishedNominationsClosed;
import cn.wuhan.qualityaward.panel.PanelService;
import cn.wuhan.qualityaward.panel.SeatVacated;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 评分草稿: an expert keeps a half-filled score sheet on the server and finds it again when the task
 * is opened again, in any browser. The draft belongs to the seat (nomination and expert), so it
 * outlives a deadline the office extends; it is read and written only through the seat's open scoring
 * task by the expert who holds that task and that seat, and is deleted when the sheet is stored, when
 * the expert leaves the panel (recusal, reassignment) and when scoring closes for the nomination. It
 * lives in the award's tables only, never in a variable or the engine's history.
 */
@Service
public class ScoreDraftService {

    private final ScoringTasks tasks;
    private final ScoringService scoring;
    private final PanelService panels;
    private final ScoreDraftRepository drafts;
    private final Clock clock;

    public ScoreDraftService(
            ScoringTasks tasks, ScoringService scoring, PanelService panels, ScoreDraftRepository drafts, Clock clock) {
        this.tasks = tasks;
        this.scoring = scoring;
        this.panels = panels;
        this.drafts = drafts;
        this.clock = clock;
    }

    /**
     * The caller's draft for this scoring task; empty when none is kept.
     *
     * @throws ScoreDraftRefused 404 {@code SCORING_TASK_NOT_FOUND} or 403 {@code NOT_YOUR_SCORE_DRAFT}
     */
    @Transactional(readOnly = true)
    public Optional<ScoreDraft> read(String taskId, String user) {
        ScoringTasks.ScoringTask task = seatOf(taskId, user);
        return drafts.find(task.nominationId(), user);
    }

    /**
     * Replaces the caller's draft with these fields: form keys of the task's sheet to a number or null
     * (see {@link ScoreDraftValidator}), and the comment (null or blank for none). A draft with nothing
     * filled is deleted. A refused draft leaves the stored one as it was.
     *
     * @throws ScoreDraftRefused as {@link #read}
     * @throws cn.wuhan.qualityaward.common.InvalidInputException every problem of the fields, by field key
     */
    @Transactional
    public Optional<ScoreDraft> save(String taskId, String user, Map<String, Object> fields, String comment) {
        ScoringTasks.ScoringTask task = seatOf(taskId, user);
        ScoreDraft draft = new ScoreDraft(
                task.nominationId(),
                user,
                ScoreDraftValidator.check(scoring.sheetFor(task.nominationId()), fields, comment),
                comment == null || comment.isBlank() ? null : comment,
                clock.instant());
        // the seat's row is locked for the rest of the transaction, as the sheet's storing locks it: two
        // saves write one after the other, and a save that waited for the sheet finds the task done
        if (!drafts.lockSeat(task.nominationId(), user)) {
            throw ScoreDraftRefused.notYours();
        }
        tasks.open(taskId).orElseThrow(ScoreDraftRefused::noSuchTask);
        drafts.delete(task.nominationId(), user);
        if (draft.isEmpty()) {
            return Optional.empty();
        }
        drafts.insert(draft);
        return Optional.of(draft);
    }

    /**
     * Deletes the caller's draft for this scoring task, if any.
     *
     * @throws ScoreDraftRefused as {@link #read}
     */
    @Transactional
    public void discard(String taskId, String user) {
        ScoringTasks.ScoringTask task = seatOf(taskId, user);
        drafts.delete(task.nominationId(), user);
    }

    @EventListener
    void on(SeatVacated vacated) {
        drafts.delete(vacated.nominationId(), vacated.expertId());
    }

    @EventListener
    void on(UnfinishedNominationsClosed closed) {
        closed.nominationIds().forEach(drafts::deleteAll);
    }

    /**
     * The caller's seat behind this task: the task must be an open scoring task the caller may see,
     * assigned to the caller, whom the panel (panel_member) still seats on its nomination.
     */
    private ScoringTasks.ScoringTask seatOf(String taskId, String user) {
        ScoringTasks.ScoringTask task = tasks.open(taskId).orElseThrow(ScoreDraftRefused::noSuchTask);
        if (user == null || !user.equals(task.assignee()) || !panels.isOnPanel(task.nominationId(), user)) {
            throw ScoreDraftRefused.notYours();
        }
        return task;
    }
}
