package cn.wuhan.qualityaward.progress;

import java.time.Instant;
import java.util.List;

/**
 * 评选进度: how far one cycle has come, for the office's page in Cockpit. Every count is a
 * {@link Figure} with the ids of the nominations behind it; no field carries a score or a sum of
 * scores, and seats are counted as scored or not, never by what they gave.
 *
 * @param cycle the cycle, its stage (征集 / 评分 / 表决 / 公示 / 审定 / 已公布) and deadlines
 * @param stages nominations per stage, in the order of {@code NominationStatus.Stage}, every stage listed
 * @param tracks nominations per track and stage (未确定类别 before a track is assigned)
 * @param nominations every nomination of the cycle with its stage and process instance
 * @param seatsByTrack seats per track: on a panel, completed (a counted sheet), open, overdue
 * @param seatsByExpert the same per expert, by user id
 * @param objections the open objections, each with its current step and deadline
 * @param troubles incidents and failed jobs of the cycle's instances (cycle, nominations, objections)
 * @param historyCleanup the engine's history cleanup: window, last run, rows removed
 */
public record CycleProgress(
        Cycle cycle,
        List<StageFigure> stages,
        List<TrackStages> tracks,
        List<NominationLine> nominations,
        List<Seats> seatsByTrack,
        List<Seats> seatsByExpert,
        List<ObjectionLine> objections,
        List<TroubleLine> troubles,
        ProcessWatch.HistoryCleanup historyCleanup) {

    /** A count and the nominations it counts (ids of the award's {@code nomination} table). */
    public record Figure(int count, List<Long> nominations) {}

    /** {@code status} is the {@code CycleStatus} name, {@code stage} its Chinese stage name. */
    public record Cycle(
            String id, String name, String status, String stage, List<Deadline> deadlines, String processInstanceId) {}

    /** A named deadline ({@code 征集截止}, {@code 评分截止}, {@code 表决截止}, {@code 公示期满}); null {@code at}: not set yet. */
    public record Deadline(String name, Instant at) {}

    /** {@code stage} is the Chinese stage name, {@code code} the {@code NominationStatus.Stage} name. */
    public record StageFigure(String code, String stage, Figure nominations) {}

    /** {@code code} is the {@code Track} name, or null before a track is assigned. */
    public record TrackStages(String code, String track, Figure nominations, List<StageFigure> stages) {}

    public record NominationLine(
            long id,
            String referenceNo,
            String nomineeName,
            String track,
            String stageCode,
            String stage,
            String processInstanceId) {}

    /**
     * Seats of a track ({@code key} = Track name, {@code name} its label) or of an expert ({@code key} =
     * user id, {@code name} the person's name). A figure counts seats and lists each nomination once.
     */
    public record Seats(String key, String name, Figure seats, Figure completed, Figure open, Figure overdue) {}

    /** An open objection: {@code step} is its open task's name (调查核实 / 委员会决定), {@code due} that task's deadline. */
    public record ObjectionLine(
            long id,
            long nominationId,
            String referenceNo,
            String nomineeName,
            Instant filedAt,
            String step,
            Instant due,
            String processInstanceId) {}

    /** {@code kind} is 事故 or 失败的作业; {@code nominationId} is null for the cycle's or an objection's own instance. */
    public record TroubleLine(
            String kind,
            Long nominationId,
            String referenceNo,
            String process,
            String processInstanceId,
            String activityId,
            String message,
            Instant since,
            Integer retries) {}
}
