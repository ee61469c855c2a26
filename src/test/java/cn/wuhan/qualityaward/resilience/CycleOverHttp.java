package cn.wuhan.qualityaward.resilience;

import static cn.wuhan.qualityaward.support.FilingBuilder.aFiling;

import cn.wuhan.qualityaward.criteria.rubric.RubricLoader;
import cn.wuhan.qualityaward.cycle.AwardCycleProcess;
import cn.wuhan.qualityaward.identity.Groups;
import cn.wuhan.qualityaward.nomination.NominationProcess;
import cn.wuhan.qualityaward.nomination.Track;
import cn.wuhan.qualityaward.support.ScoreSheetBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A cycle driven the way its people work, over HTTP only: each call goes to the node {@code nodes}
 * hands out next, so with two nodes the calls alternate between them.
 */
final class CycleOverHttp {

    static final int EXPERTS = 5;
    static final int COMMITTEE = 5;
    static final int PANEL = 3;
    private static final Duration JOBS = Duration.ofSeconds(90);
    private static final ZoneId WUHAN = ZoneId.of("Asia/Shanghai");

    private final Supplier<ApplicationNode> nodes;

    CycleOverHttp(Supplier<ApplicationNode> nodes) {
        this.nodes = nodes;
    }

    /** Alternates between the given nodes. */
    static CycleOverHttp alternating(List<ApplicationNode> cluster) {
        int[] turn = {0};
        return new CycleOverHttp(() -> cluster.get(turn[0]++ % cluster.size()));
    }

    ApplicationNode node() {
        return nodes.get();
    }

    /** The office, experts in the pool, the committee and the approver, as the administrator sets them up. */
    void setUpPeople() {
        user("office", Groups.OFFICE);
        for (int i = 1; i <= EXPERTS; i++) {
            user("expert" + i, Groups.EXPERTS);
            node().put(
                            "office",
                            "/api/experts/expert" + i,
                            Map.of("organization", "专家单位" + i, "tracks", List.of("STAFF"), "relationships", List.of()))
                    .expect(200);
        }
        for (int i = 1; i <= COMMITTEE; i++) {
            user("committee" + i, Groups.COMMITTEE);
        }
        user("approver", Groups.APPROVERS);
    }

    private void user(String id, String group) {
        if (node().get("admin", "/engine-rest/user/count?id=" + id)
                        .json()
                        .get("count")
                        .asInt()
                > 0) {
            return;
        }
        Map<String, Object> profile =
                Map.of("id", id, "firstName", id, "lastName", "测试", "email", id + "@test.award.wuhan");
        node().post(
                        "admin",
                        "/engine-rest/user/create",
                        Map.of("profile", profile, "credentials", Map.of("password", ApplicationNode.PASSWORD)))
                .expect(204);
        node().put("admin", "/engine-rest/group/" + group + "/members/" + id, Map.of())
                .expect(204);
    }

    /** Opens a cycle whose nominations close in {@code nominationsClose}; returns its instance id. */
    String openCycle(String cycleId, Duration nominationsClose, Duration noticePeriod) {
        OffsetDateTime now = OffsetDateTime.now(WUHAN).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> v = new HashMap<>();
        v.put(AwardCycleProcess.Variables.CYCLE_ID.name(), cycleId);
        v.put(AwardCycleProcess.Variables.CYCLE_NAME.name(), "集群测试周期 " + cycleId);
        v.put(
                AwardCycleProcess.Variables.NOMINATION_DEADLINE_INPUT.name(),
                now.plus(nominationsClose).toString());
        v.put(
                AwardCycleProcess.Variables.SCORING_DEADLINE_INPUT.name(),
                now.plusHours(2).toString());
        v.put(AwardCycleProcess.Variables.NOTICE_PERIOD.name(), noticePeriod.toString());
        return node().post(
                        "office",
                        "/engine-rest/process-definition/key/" + AwardCycleProcess.KEY + "/start",
                        variables(v))
                .expect(200)
                .json()
                .get("id")
                .asText();
    }

    /** Files a nomination through the API, passes its formal review and puts it on the staff track. */
    Nominee fileAndReview(String cycleId, String nomineeName) {
        JsonNode filed = node().post(
                        "office",
                        "/api/nominations",
                        aFiling(cycleId)
                                .without("idNumber")
                                .with("nomineeName", nomineeName)
                                .json())
                .expect(201)
                .json();
        Nominee nominee =
                new Nominee(filed.get("id").asLong(), filed.get("referenceNo").asText(), nomineeName);
        complete(
                "office",
                task(nominee.referenceNo(), NominationProcess.Elements.FORMAL_REVIEW),
                Map.of(
                        NominationProcess.Variables.FORMAL_REVIEW_DECISION.name(), "PASS",
                        NominationProcess.Variables.FORMAL_REVIEW_COMMENT.name(), "材料齐全"));
        Map<String, Object> track = new HashMap<>();
        track.put(NominationProcess.Variables.TRACK.name(), Track.STAFF.name());
        track.put(NominationProcess.Variables.REFERENCE_TRACK.name(), null);
        track.put(NominationProcess.Variables.TRACK_OVERRIDE_REASON.name(), null);
        complete("office", task(nominee.referenceNo(), NominationProcess.Elements.ASSIGN_TRACK), track);
        return nominee;
    }

    /** The experts' scoring tasks, once the job executor has prepared every seat: task id → expert. */
    Map<String, String> scoringTasks(Nominee nominee) {
        return Poll.until("the " + PANEL + " scoring tasks of " + nominee.referenceNo(), JOBS, () -> {
            JsonNode tasks = tasks(nominee.referenceNo(), NominationProcess.Elements.SCORE);
            if (tasks.size() < PANEL) {
                return null;
            }
            Map<String, String> byId = new LinkedHashMap<>();
            tasks.forEach(t -> byId.put(t.get("id").asText(), t.get("assignee").asText()));
            return byId;
        });
    }

    /** The scoring tasks still open now: task id → expert. */
    Map<String, String> openScoringTasks(Nominee nominee) {
        Map<String, String> byId = new LinkedHashMap<>();
        tasks(nominee.referenceNo(), NominationProcess.Elements.SCORE)
                .forEach(t -> byId.put(t.get("id").asText(), t.get("assignee").asText()));
        return byId;
    }

    /** The expert submits a sheet with every item at {@code share} of its points. */
    void score(String taskId, String expert, double share) {
        Map<String, Object> sheet = ScoreSheetBuilder.aSheet(RubricLoader.load().sheetFor(Track.STAFF))
                .scoringShare(share)
                .variables();
        complete(expert, taskId, sheet);
    }

    /** Every committee member agrees to {@code agreed}, once their ballots are out. */
    void vote(String cycleId, List<Long> agreed) {
        JsonNode ballots = Poll.until("the committee's ballots", JOBS, () -> {
            JsonNode open = tasks(cycleId, AwardCycleProcess.Elements.VOTE);
            return open.size() == COMMITTEE ? open : null;
        });
        String agree = agreed.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(",", "[", "]"));
        for (JsonNode ballot : ballots) {
            Map<String, Object> v = new HashMap<>();
            v.put(AwardCycleProcess.Variables.BALLOT_AGREE.name(), json(agree));
            v.put(AwardCycleProcess.Variables.BALLOT_DISAGREE.name(), json("[]"));
            node().post(
                            ballot.get("assignee").asText(),
                            "/engine-rest/task/" + ballot.get("id").asText() + "/complete",
                            Map.of("variables", v))
                    .expect(204);
        }
    }

    /** Once the notice period is over, the government approves the list as proposed. */
    void approveWhenNoticeEnds(String cycleId, Duration noticePeriod) {
        String task = Poll.until("the final approval after the notice", noticePeriod.plus(JOBS), () -> {
            JsonNode open = tasks(cycleId, AwardCycleProcess.Elements.FINAL_APPROVAL);
            return open.isEmpty() ? null : open.get(0).get("id").asText();
        });
        node().post("approver", "/engine-rest/task/" + task + "/claim", Map.of("userId", "approver"))
                .expect(204);
        node().post(
                        "approver",
                        "/engine-rest/task/" + task + "/complete",
                        Map.of("variables", Map.of(AwardCycleProcess.Variables.STRUCK_NOMINATIONS.name(), json("[]"))))
                .expect(204);
    }

    /** The cycle ends with the announcement; its nominations end once the batch jobs have told them their outcomes. */
    void awaitEnd(String cycleInstanceId, String cycleId) {
        Poll.untilTrue(
                "the cycle's announcement and end",
                JOBS,
                () -> "COMPLETED"
                        .equals(node().get("office", "/engine-rest/history/process-instance/" + cycleInstanceId)
                                .expect(200)
                                .json()
                                .get("state")
                                .asText()));
        Poll.untilTrue(
                "every nomination told its outcome",
                JOBS,
                () -> node().get(
                                        "office",
                                        "/engine-rest/history/process-instance/count?unfinished=true&processInstanceBusinessKeyLike="
                                                + cycleId + "-%25")
                                .expect(200)
                                .json()
                                .get("count")
                                .asInt()
                        == 0);
    }

    boolean isWaitingAt(String instanceId, String activityId) {
        return node().get(
                                "office",
                                "/engine-rest/history/activity-instance/count?unfinished=true&processInstanceId="
                                        + instanceId + "&activityId=" + activityId)
                        .expect(200)
                        .json()
                        .get("count")
                        .asInt()
                > 0;
    }

    private String task(String businessKey, String taskKey) {
        return Poll.until("task " + taskKey + " of " + businessKey, JOBS, () -> {
            JsonNode open = tasks(businessKey, taskKey);
            return open.isEmpty() ? null : open.get(0).get("id").asText();
        });
    }

    private JsonNode tasks(String businessKey, String taskKey) {
        return node().get(
                        "office",
                        "/engine-rest/task?processInstanceBusinessKey=" + businessKey + "&taskDefinitionKey=" + taskKey
                                + "&sortBy=assignee&sortOrder=asc")
                .expect(200)
                .json();
    }

    /** As Tasklist does: the task is claimed first (a no-op for the assignee's own task), then completed. */
    private void complete(String user, String taskId, Map<String, Object> values) {
        node().post(user, "/engine-rest/task/" + taskId + "/claim", Map.of("userId", user))
                .expect(204);
        node().post(user, "/engine-rest/task/" + taskId + "/complete", variables(values))
                .expect(204);
    }

    private static Map<String, Object> variables(Map<String, Object> values) {
        Map<String, Object> v = new HashMap<>();
        values.forEach((name, value) -> v.put(name, value == null ? Map.of() : Map.of("value", value)));
        return Map.of("variables", v);
    }

    private static Map<String, Object> json(String value) {
        return Map.of("value", value, "type", "Json");
    }

    /** A filed nomination: its id in the award's tables and its reference number (the instance's business key). */
    record Nominee(long id, String referenceNo, String name) {}

    static List<Long> ids(List<Nominee> nominees) {
        List<Long> ids = new ArrayList<>();
        nominees.forEach(n -> ids.add(n.id()));
        return ids;
    }
}
