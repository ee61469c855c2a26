package cn.wuhan.qualityaward.support;

import cn.wuhan.qualityaward.cycle.AwardCycleProcess;
import cn.wuhan.qualityaward.identity.Groups;
import cn.wuhan.qualityaward.nomination.NominationProcess;
import cn.wuhan.qualityaward.nomination.NominationService;
import cn.wuhan.qualityaward.notice.ObjectionProcess;
import cn.wuhan.qualityaward.panel.ExpertPoolService;
import cn.wuhan.qualityaward.recommender.RecommenderService;
import cn.wuhan.qualityaward.scoring.ScoreSheetVariables;
import cn.wuhan.qualityaward.scoring.ScoringService;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestComponent;

/**
 * Drives the award's processes the way its users do, one step per method. Each step also runs the
 * asynchronous steps it leads to, as the job executor (off in tests) would.
 */
@TestComponent
public class AwardScenario {

    public static final String PASSWORD = "demo";
    /** committee1…committee5, as in the demo. */
    public static final int COMMITTEE_SIZE = 5;
    /** The position level for which the trackProposal decision proposes each track. */
    private static final Map<String, String> POSITION_LEVEL_OF =
            Map.of("SENIOR_MANAGER", "SENIOR", "MIDDLE_MANAGER", "MIDDLE", "STAFF", "FRONTLINE", "OTHER", "OTHER");

    private static final AtomicInteger CYCLES = new AtomicInteger();

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final IdentityService identity;
    private final ManagementService management;
    private final ScoringService scoring;
    private final HistoryService history;
    private final ExpertPoolService pool;

    public AwardScenario(
            RuntimeService runtime,
            TaskService tasks,
            IdentityService identity,
            ManagementService management,
            ScoringService scoring,
            HistoryService history,
            ExpertPoolService pool) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.identity = identity;
        this.management = management;
        this.scoring = scoring;
        this.history = history;
        this.pool = pool;
    }

    @Autowired
    private RecommenderService recommenders;

    /** A 推荐单位 account (password "demo") bound to its recommending unit. */
    public void ensureRecommender(String userId, String unit) {
        ensureUser(userId, Groups.RECOMMENDERS);
        recommenders.bind(userId, unit);
    }

    /** Experts expert1…expertN, office, committee1 and approver, each with password "demo". */
    public void ensureUsers(int experts) {
        for (int i = 1; i <= experts; i++) {
            String expert = "expert" + i;
            ensureUser(expert, Groups.EXPERTS);
            if (pool.all().stream().noneMatch(p -> p.expertId().equals(expert))) {
                pool.save(expert, "专家单位" + i, List.of("SENIOR_MANAGER", "MIDDLE_MANAGER", "STAFF", "OTHER"), List.of());
            }
        }
        ensureUser("office", Groups.OFFICE);
        for (int i = 1; i <= COMMITTEE_SIZE; i++) {
            ensureUser("committee" + i, Groups.COMMITTEE);
        }
        ensureUser("approver", Groups.APPROVERS);
    }

    private void ensureUser(String id, String group) {
        if (identity.createUserQuery().userId(id).count() > 0) {
            return;
        }
        User user = identity.newUser(id);
        user.setFirstName(id);
        user.setLastName("测试");
        user.setPassword(PASSWORD);
        user.setEmail(id + "@test.award.wuhan");
        identity.saveUser(user);
        identity.createMembership(id, group);
    }

    public String newCycleId() {
        return "T" + CYCLES.incrementAndGet() + "-"
                + Long.toHexString(System.nanoTime()).substring(8);
    }

    public Map<String, Object> cycleVariables(String cycleId) {
        LocalDateTime now = LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.of("Asia/Shanghai"));
        Map<String, Object> v = new HashMap<>();
        v.put(AwardCycleProcess.Variables.CYCLE_ID.name(), cycleId);
        v.put(AwardCycleProcess.Variables.CYCLE_NAME.name(), "测试评选周期 " + cycleId);
        v.put(
                AwardCycleProcess.Variables.NOMINATION_DEADLINE_INPUT.name(),
                now.plusDays(10).withNano(0).toString());
        v.put(
                AwardCycleProcess.Variables.SCORING_DEADLINE_INPUT.name(),
                now.plusDays(40).withNano(0).toString());
        v.put(AwardCycleProcess.Variables.NOTICE_PERIOD.name(), "PT5S");
        return v;
    }

    public ProcessInstance openCycle(String cycleId) {
        return runtime.startProcessInstanceByKey(AwardCycleProcess.KEY, cycleVariables(cycleId));
    }

    /** A fresh cycle, open for nominations. */
    public String newCycleIdWithOpenCycle() {
        String cycleId = newCycleId();
        openCycle(cycleId);
        return cycleId;
    }

    public ProcessInstance nominate(NominationBuilder nomination) {
        ProcessInstance instance = runtime.startProcessInstanceByKey(NominationProcess.KEY, nomination.variables());
        runDueJobs();
        return instance;
    }

    public long nominationId(ProcessInstance nomination) {
        return ((Number) runtime.getVariable(nomination.getId(), NominationProcess.Variables.NOMINATION_ID.name()))
                .longValue();
    }

    /** For an instance that has already ended. */
    public long nominationIdFromHistory(ProcessInstance nomination) {
        return ((Number) history.createHistoricVariableInstanceQuery()
                        .processInstanceId(nomination.getId())
                        .variableName(NominationProcess.Variables.NOMINATION_ID.name())
                        .singleResult()
                        .getValue())
                .longValue();
    }

    public Task task(ProcessInstance instance, String taskKey) {
        return tasks.createTaskQuery()
                .processInstanceId(instance.getId())
                .taskDefinitionKey(taskKey)
                .singleResult();
    }

    public void passFormalReview(ProcessInstance nomination) {
        decideFormalReview(nomination, "PASS", "材料齐全");
    }

    public void decideFormalReview(ProcessInstance nomination, String decision, String comment) {
        Map<String, Object> v = new HashMap<>();
        v.put(NominationProcess.Variables.FORMAL_REVIEW_DECISION.name(), decision);
        v.put(NominationProcess.Variables.FORMAL_REVIEW_COMMENT.name(), comment);
        tasks.complete(
                task(nomination, NominationProcess.Elements.FORMAL_REVIEW).getId(), v);
        runDueJobs();
    }

    public void registerCorrection(ProcessInstance nomination, String note) {
        tasks.complete(
                task(nomination, NominationProcess.Elements.REGISTER_CORRECTION).getId(),
                Map.of(NominationProcess.Variables.CORRECTION_NOTE.name(), note));
        runDueJobs();
    }

    public void assignTrack(ProcessInstance nomination, String track, String referenceTrack) {
        assignTrack(nomination, track, referenceTrack, null);
    }

    public void assignTrack(ProcessInstance nomination, String track, String referenceTrack, String overrideReason) {
        Map<String, Object> v = new HashMap<>();
        v.put(NominationProcess.Variables.TRACK_OVERRIDE_REASON.name(), overrideReason);
        v.put(NominationProcess.Variables.TRACK.name(), track);
        v.put(NominationProcess.Variables.REFERENCE_TRACK.name(), referenceTrack);
        tasks.complete(task(nomination, NominationProcess.Elements.ASSIGN_TRACK).getId(), v);
        runDueJobs();
    }

    /** A nomination filed, reviewed and on a track, its experts' tasks open. */
    public ProcessInstance nominationInScoring(NominationBuilder nomination, String track, String referenceTrack) {
        ProcessInstance instance = nominate(
                nomination.with(NominationProcess.Variables.POSITION_LEVEL.name(), POSITION_LEVEL_OF.get(track)));
        passFormalReview(instance);
        assignTrack(instance, track, referenceTrack);
        return instance;
    }

    public List<Task> scoringTasks(ProcessInstance nomination) {
        return tasks.createTaskQuery()
                .processInstanceId(nomination.getId())
                .taskDefinitionKey(NominationProcess.Elements.SCORE)
                .orderByTaskAssignee()
                .asc()
                .list();
    }

    public ScoreSheetBuilder sheetFor(ProcessInstance nomination) {
        return ScoreSheetBuilder.aSheet(scoring.sheetFor(nominationId(nomination)));
    }

    /** Each expert in turn scores every item at the given share of its points. */
    public void scoreAll(ProcessInstance nomination, double... shares) {
        List<Task> open = scoringTasks(nomination);
        for (int i = 0; i < open.size(); i++) {
            tasks.complete(
                    open.get(i).getId(),
                    sheetFor(nomination).scoringShare(shares[i % shares.length]).variables());
        }
        runDueJobs();
    }

    /** The expert declares a conflict of interest instead of scoring. */
    public void recuse(Task scoringTask, String reason) {
        Map<String, Object> v = new HashMap<>();
        v.put(ScoreSheetVariables.CONFLICT_DECLARED, true);
        v.put(ScoreSheetVariables.CONFLICT_REASON, reason);
        tasks.complete(scoringTask.getId(), v);
        runDueJobs();
    }

    /** The office's answer to an overdue scoring task. */
    public void handleOverdue(ProcessInstance nomination, String decision, String newDueDate) {
        Map<String, Object> v = new HashMap<>();
        v.put(NominationProcess.Variables.OVERDUE_DECISION.name(), decision);
        v.put(NominationProcess.Variables.EXTENDED_DUE_DATE.name(), newDueDate);
        tasks.complete(
                task(nomination, NominationProcess.Elements.HANDLE_OVERDUE).getId(), v);
        runDueJobs();
    }

    /** Fires a timer of one scoring seat: the seat of the given expert. */
    public void fireSeatTimer(ProcessInstance nomination, String activityId, String expert) {
        Job job =
                management.createJobQuery().processInstanceId(nomination.getId()).activityId(activityId).list().stream()
                        .filter(j -> expert.equals(
                                runtime.getVariable(j.getExecutionId(), NominationProcess.Variables.EXPERT)))
                        .findFirst()
                        .orElseThrow(() -> new IllegalStateException("no timer " + activityId + " for " + expert));
        management.executeJob(job.getId());
        runDueJobs();
    }

    /** The panel leader's moderation: who scores again, and why. */
    public void moderate(ProcessInstance nomination, List<String> rescore, String note) {
        String json = rescore.stream().map(e -> "\"" + e + "\"").collect(Collectors.joining(",", "[", "]"));
        Map<String, Object> v = new HashMap<>();
        v.put(
                NominationProcess.Variables.RESCORE_EXPERTS.name(),
                SpinValues.jsonValue(json).create());
        v.put(NominationProcess.Variables.MODERATION_NOTE.name(), note);
        tasks.complete(task(nomination, NominationProcess.Elements.MODERATE).getId(), v);
        runDueJobs();
    }

    /** Fires the cycle's (or nomination's) next due timer, as the job executor would, and the steps it leads to. */
    public void fireTimer(ProcessInstance instance, String activityId) {
        Job job = management
                .createJobQuery()
                .processInstanceId(instance.getId())
                .activityId(activityId)
                .singleResult();
        if (job == null) {
            throw new IllegalStateException("no timer at " + activityId);
        }
        management.executeJob(job.getId());
        runDueJobs();
    }

    /**
     * Runs the asynchronous steps waiting to run (notices, the announcement), as the job executor would,
     * until none is left. Timers are not touched: a test fires those itself.
     */
    public void runDueJobs() {
        for (int round = 0; round < 100; round++) {
            List<Job> due = management.createJobQuery().messages().executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
        throw new IllegalStateException("asynchronous steps keep creating more asynchronous steps");
    }

    /** Every committee member votes: "agree" for these nominations, nothing for the others. */
    public void proposeWinners(ProcessInstance cycle, List<Long> nominationIds) {
        for (Task vote : votes(cycle)) {
            vote(vote, nominationIds, List.of());
        }
    }

    public List<Task> votes(ProcessInstance cycle) {
        return tasks.createTaskQuery()
                .processInstanceId(cycle.getId())
                .taskDefinitionKey(AwardCycleProcess.Elements.VOTE)
                .orderByTaskAssignee()
                .asc()
                .list();
    }

    public void vote(Task vote, List<Long> agree, List<Long> disagree) {
        Map<String, Object> v = new HashMap<>();
        v.put(
                AwardCycleProcess.Variables.BALLOT_AGREE.name(),
                SpinValues.jsonValue(jsonIds(agree)).create());
        v.put(
                AwardCycleProcess.Variables.BALLOT_DISAGREE.name(),
                SpinValues.jsonValue(jsonIds(disagree)).create());
        tasks.complete(vote.getId(), v);
        runDueJobs();
    }

    private static String jsonIds(List<Long> ids) {
        return ids.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(",", "[", "]"));
    }

    @Autowired
    private NominationService nominations;

    /** An objection as the Tasklist start form files it, about the nomination's 申报编号. */
    public ProcessInstance fileObjection(String cycleId, Long nominationId, String objectorName) {
        return fileObjectionAbout(cycleId, nominations.get(nominationId).referenceNo(), objectorName);
    }

    /** An objection as the Tasklist start form files it, naming the candidate by a 申报编号 as picked. */
    public ProcessInstance fileObjectionAbout(String cycleId, String candidateReference, String objectorName) {
        Map<String, Object> v = new HashMap<>();
        v.put(ObjectionProcess.Variables.CYCLE_ID.name(), cycleId);
        v.put(ObjectionProcess.Variables.CANDIDATE_REFERENCE.name(), candidateReference);
        v.put(ObjectionProcess.Variables.OBJECTOR_NAME.name(), objectorName);
        v.put(ObjectionProcess.Variables.OBJECTOR_CONTACT.name(), "13800000000");
        v.put(ObjectionProcess.Variables.GROUNDS.name(), "申报材料中的获奖证书与实际不符");
        return runtime.startProcessInstanceByKey(ObjectionProcess.KEY, v);
    }

    /** An objection filed from the Tasklist start form by a logged-in user, who is told the decision. */
    public ProcessInstance fileObjectionAs(String user, String cycleId, Long nominationId, String objectorName) {
        List<String> groups = identity.createGroupQuery().groupMember(user).list().stream()
                .map(g -> g.getId())
                .toList();
        identity.setAuthentication(user, groups);
        try {
            return fileObjection(cycleId, nominationId, objectorName);
        } finally {
            identity.clearAuthentication();
        }
    }

    public void investigate(ProcessInstance objection, String finding) {
        tasks.complete(
                task(objection, ObjectionProcess.Elements.INVESTIGATE).getId(),
                Map.of(ObjectionProcess.Variables.FINDING.name(), finding));
        runDueJobs();
    }

    /** The members' vote tasks of the objection's open round, by assignee. */
    public List<Task> objectionVotes(ProcessInstance objection) {
        return tasks.createTaskQuery()
                .processInstanceId(objection.getId())
                .taskDefinitionKey(ObjectionProcess.Elements.VOTE)
                .orderByTaskAssignee()
                .asc()
                .list();
    }

    /** The member votes on the objection, "UPHOLD" (成立) or "DISMISS" (不成立), in their own task. */
    public void voteOnObjection(ProcessInstance objection, String member, String vote) {
        Task task = objectionVotes(objection).stream()
                .filter(t -> member.equals(t.getAssignee()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no vote task of " + member));
        completeObjectionVoteAs(member, task, objectionVote(vote, null));
    }

    /** A vote as the Tasklist form submits it: the choice and an optional note. */
    public Map<String, Object> objectionVote(String vote, String note) {
        Map<String, Object> v = new HashMap<>();
        v.put(ObjectionProcess.Variables.VOTE.name(), vote);
        v.put(ObjectionProcess.Variables.VOTE_NOTE.name(), note);
        return v;
    }

    /** Completes a vote task as the given user, authenticated with their groups, as Tasklist does. */
    public void completeObjectionVoteAs(String user, Task task, Map<String, Object> variables) {
        completeObjectionVoteAs(
                user,
                identity.createGroupQuery().groupMember(user).list().stream()
                        .map(g -> g.getId())
                        .toList(),
                task,
                variables);
    }

    /** Completes a vote task as the given user in the given groups (an administrator may complete any task). */
    public void completeObjectionVoteAs(String user, List<String> groups, Task task, Map<String, Object> variables) {
        identity.setAuthentication(user, groups);
        try {
            tasks.complete(task.getId(), variables);
        } finally {
            identity.clearAuthentication();
        }
        runDueJobs();
    }

    /** Every member of the open round votes the same: the committee upholds or dismisses the objection. */
    public void ruleOnObjection(ProcessInstance objection, String vote) {
        for (Task task : objectionVotes(objection)) {
            completeObjectionVoteAs(task.getAssignee(), task, objectionVote(vote, null));
        }
    }

    public void approve(ProcessInstance cycle, List<Long> struck, String reason) {
        String json = struck.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(",", "[", "]"));
        Map<String, Object> v = new HashMap<>();
        v.put(
                AwardCycleProcess.Variables.STRUCK_NOMINATIONS.name(),
                SpinValues.jsonValue(json).create());
        v.put(AwardCycleProcess.Variables.STRIKE_REASON.name(), reason);
        tasks.complete(task(cycle, AwardCycleProcess.Elements.FINAL_APPROVAL).getId(), v);
        runDueJobs();
    }
}
