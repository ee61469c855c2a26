package cn.wuhan.qualityaward.bench;

import cn.wuhan.qualityaward.committee.CommitteeService;
import cn.wuhan.qualityaward.cycle.AwardCycleProcess;
import cn.wuhan.qualityaward.nomination.NominationProcess;
import cn.wuhan.qualityaward.ranking.RankedNomination;
import cn.wuhan.qualityaward.scoring.ScoringService;
import cn.wuhan.qualityaward.support.AwardScenario;
import cn.wuhan.qualityaward.support.NominationBuilder;
import cn.wuhan.qualityaward.support.ScoreSheetBuilder;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * One cycle of N nominations, each taken by its users from filing to its outcome: the office files
 * it, reviews it and assigns its track, five experts score it; then the deadline passes, the
 * committee votes, the notice period ends, the approver approves and the outcomes are announced.
 * Timers are fired as the job executor would fire them.
 */
final class LifecycleRun {

    private static final String[] TRACKS = {"SENIOR_MANAGER", "MIDDLE_MANAGER", "STAFF", "OTHER"};
    /** The position level for which the trackProposal decision proposes each track. */
    private static final Map<String, String> POSITION_LEVEL_OF =
            Map.of("SENIOR_MANAGER", "SENIOR", "MIDDLE_MANAGER", "MIDDLE", "STAFF", "FRONTLINE", "OTHER", "OTHER");

    private final ProcessEngine engine;
    private final AwardScenario scenario;
    private final ScoringService scoring;
    private final CommitteeService committee;

    private long nominationNanos;
    private long cycleNanos;
    private ProcessInstance cycle;

    LifecycleRun(ProcessEngine engine, AwardScenario scenario, ScoringService scoring, CommitteeService committee) {
        this.engine = engine;
        this.scenario = scenario;
        this.scoring = scoring;
        this.committee = committee;
    }

    String open(String cycleId) {
        long started = System.nanoTime();
        cycle = as(StaffUser.office(), () -> scenario.openCycle(cycleId));
        cycleNanos += System.nanoTime() - started;
        return cycleId;
    }

    /** Each nomination from filing until its panel has scored it. */
    void fileAndScore(String cycleId, int from, int count) {
        long started = System.nanoTime();
        for (int n = from; n < from + count; n++) {
            score(fileUntilScoring(cycleId, n), 0.6 + (n % 30) / 100.0);
        }
        nominationNanos += System.nanoTime() - started;
    }

    /** Nominations filed, reviewed and on a track: each leaves one open scoring task per panel seat. */
    void fileUntilScoring(String cycleId, int from, int count) {
        for (int n = from; n < from + count; n++) {
            fileUntilScoring(cycleId, n);
        }
    }

    private ProcessInstance fileUntilScoring(String cycleId, int n) {
        String track = TRACKS[n % TRACKS.length];
        NominationBuilder filing = NominationBuilder.aNomination(cycleId)
                .named(String.format("候选人%05d", n))
                .with(NominationProcess.Variables.POSITION_LEVEL.name(), POSITION_LEVEL_OF.get(track));
        if (track.equals("OTHER")) {
            filing.claiming("condition_3", "全国技能大赛金牌获得者");
        }
        ProcessInstance nomination = as(
                StaffUser.office(),
                () -> engine.getRuntimeService().startProcessInstanceByKey(NominationProcess.KEY, filing.variables()));
        complete(
                StaffUser.office(),
                nomination,
                NominationProcess.Elements.FORMAL_REVIEW,
                Map.of(
                        NominationProcess.Variables.FORMAL_REVIEW_DECISION.name(), "PASS",
                        NominationProcess.Variables.FORMAL_REVIEW_COMMENT.name(), "材料齐全"));
        Map<String, Object> trackChoice = new HashMap<>();
        trackChoice.put(NominationProcess.Variables.TRACK.name(), track);
        trackChoice.put(NominationProcess.Variables.REFERENCE_TRACK.name(), track.equals("OTHER") ? "STAFF" : null);
        complete(StaffUser.office(), nomination, NominationProcess.Elements.ASSIGN_TRACK, trackChoice);
        runJobsOf(nomination.getId());
        return nomination;
    }

    /** The nomination deadline passes; the cycle ranks the nominations and opens the vote. */
    void closeNominations() {
        long started = System.nanoTime();
        fireTimer(AwardCycleProcess.Elements.NOMINATION_DEADLINE);
        cycleNanos += System.nanoTime() - started;
    }

    /** Votes, notice, approval, announcement: every nomination learns its outcome. */
    void decide(String cycleId) {
        long started = System.nanoTime();
        List<Long> shortlist = committee.shortlist(cycleId).stream()
                .map(RankedNomination::nominationId)
                .toList();
        List<Long> agreed = shortlist.subList(0, Math.min(10, shortlist.size()));
        for (Task ballot : tasksOf(AwardCycleProcess.Elements.VOTE)) {
            Map<String, Object> vote = new HashMap<>();
            vote.put(
                    AwardCycleProcess.Variables.BALLOT_AGREE.name(),
                    SpinValues.jsonValue(jsonIds(agreed)).create());
            vote.put(
                    AwardCycleProcess.Variables.BALLOT_DISAGREE.name(),
                    SpinValues.jsonValue("[]").create());
            completeTask(StaffUser.committee(ballot.getAssignee()), ballot, vote);
        }
        fireTimer(AwardCycleProcess.Elements.NOTICE_PERIOD);
        Map<String, Object> approval = new HashMap<>();
        approval.put(
                AwardCycleProcess.Variables.STRUCK_NOMINATIONS.name(),
                SpinValues.jsonValue("[]").create());
        approval.put(AwardCycleProcess.Variables.STRIKE_REASON.name(), null);
        completeTask(
                StaffUser.approver(),
                tasksOf(AwardCycleProcess.Elements.FINAL_APPROVAL).get(0),
                approval);
        runJobsOf(cycle.getId());
        runBatchJobs();
        cycleNanos += System.nanoTime() - started;
        if (engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processInstanceId(cycle.getId())
                        .count()
                > 0) {
            throw new IllegalStateException("the cycle did not end");
        }
        long waiting = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey(NominationProcess.KEY)
                .processInstanceBusinessKeyLike(cycleId + "-%")
                .count();
        if (waiting > 0) {
            throw new IllegalStateException(waiting + " nominations never learned their outcome");
        }
    }

    /**
     * The batches the announcement leaves, which tell each nomination its outcome: their seed,
     * execution and monitor jobs belong to no process instance. Run until none is due.
     */
    private void runBatchJobs() {
        for (int round = 0; round < 100; round++) {
            List<Job> due = engine.getManagementService()
                    .createJobQuery()
                    .messages()
                    .executable()
                    .list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
        }
        throw new IllegalStateException("batch jobs keep creating more jobs");
    }

    long nanos() {
        return nominationNanos + cycleNanos;
    }

    /** Filing to scored, summed over the nominations; the cycle's own steps apart. */
    String phases() {
        return String.format(
                Locale.ROOT,
                "nominations %.1f s, cycle (deadline, votes, notice, approval," + " announcement) %.1f s",
                nominationNanos / 1e9,
                cycleNanos / 1e9);
    }

    private void score(ProcessInstance nomination, double share) {
        long nominationId = scenario.nominationId(nomination);
        List<Task> seats = scenario.scoringTasks(nomination);
        for (int i = 0; i < seats.size(); i++) {
            Task seat = seats.get(i);
            Map<String, Object> sheet = ScoreSheetBuilder.aSheet(scoring.sheetFor(nominationId))
                    .scoringShare(share + i * 0.01)
                    .variables();
            completeTask(StaffUser.expert(seat.getAssignee()), seat, sheet);
        }
    }

    private void complete(StaffUser user, ProcessInstance instance, String taskKey, Map<String, Object> variables) {
        completeTask(user, scenario.task(instance, taskKey), variables);
    }

    private void completeTask(StaffUser user, Task task, Map<String, Object> variables) {
        as(user, () -> {
            engine.getTaskService().claim(task.getId(), user.id()); // as Tasklist does before a group task is completed
            engine.getTaskService().complete(task.getId(), variables);
            return null;
        });
    }

    private List<Task> tasksOf(String taskKey) {
        return engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(cycle.getId())
                .taskDefinitionKey(taskKey)
                .list();
    }

    /** The asynchronous steps of one instance (seat preparation, the announcement), as the job executor would run them. */
    private void runJobsOf(String processInstanceId) {
        for (Job job : engine.getManagementService()
                .createJobQuery()
                .processInstanceId(processInstanceId)
                .messages()
                .executable()
                .list()) {
            engine.getManagementService().executeJob(job.getId());
        }
    }

    private void fireTimer(String activityId) {
        Job job = engine.getManagementService()
                .createJobQuery()
                .processInstanceId(cycle.getId())
                .activityId(activityId)
                .singleResult();
        engine.getManagementService().executeJob(job.getId());
    }

    private <T> T as(StaffUser user, Supplier<T> work) {
        engine.getIdentityService().setAuthentication(user.id(), user.groups());
        try {
            return work.get();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    private static String jsonIds(List<Long> ids) {
        return ids.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(",", "[", "]"));
    }
}
