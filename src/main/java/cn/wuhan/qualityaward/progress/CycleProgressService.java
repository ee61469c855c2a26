package cn.wuhan.qualityaward.progress;

import cn.wuhan.qualityaward.api.NotFound;
import cn.wuhan.qualityaward.committee.CommitteeService;
import cn.wuhan.qualityaward.cycle.AwardCycle;
import cn.wuhan.qualityaward.cycle.AwardCycleProcess;
import cn.wuhan.qualityaward.cycle.AwardCycleService;
import cn.wuhan.qualityaward.cycle.CycleStatus;
import cn.wuhan.qualityaward.nomination.NominationProcess;
import cn.wuhan.qualityaward.nomination.NominationStatus;
import cn.wuhan.qualityaward.nomination.NominationStatus.Stage;
import cn.wuhan.qualityaward.nomination.Track;
import cn.wuhan.qualityaward.notice.ObjectionProcess;
import cn.wuhan.qualityaward.notice.ObjectionStatus;
import cn.wuhan.qualityaward.progress.CycleProgress.Figure;
import cn.wuhan.qualityaward.progress.CycleProgress.StageFigure;
import cn.wuhan.qualityaward.progress.ProcessWatch.OpenTask;
import cn.wuhan.qualityaward.progress.ProgressRepository.NominationRow;
import cn.wuhan.qualityaward.progress.ProgressRepository.ObjectionRow;
import cn.wuhan.qualityaward.progress.ProgressRepository.SeatRow;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** Puts together a cycle's {@link CycleProgress} from the award's tables and what the engine knows. */
@Service
public class CycleProgressService {

    static final String NO_TRACK = "未确定类别";

    private static final Set<CycleStatus> NOTICE_STANDS =
            EnumSet.of(CycleStatus.PUBLIC_NOTICE, CycleStatus.FINAL_APPROVAL);

    private static final Map<String, String> OBJECTION_STEPS =
            Map.of(ObjectionProcess.Elements.INVESTIGATE, "调查核实", ObjectionProcess.Elements.VOTE, "委员会表决");

    private final AwardCycleService cycles;
    private final ProgressRepository repository;
    private final CommitteeService committee;
    private final ProcessWatch engine;
    private final Clock clock;

    public CycleProgressService(
            AwardCycleService cycles,
            ProgressRepository repository,
            CommitteeService committee,
            ProcessWatch engine,
            Clock clock) {
        this.cycles = cycles;
        this.repository = repository;
        this.committee = committee;
        this.engine = engine;
        this.clock = clock;
    }

    /** The cycle's progress now; {@link NotFound} when there is no such cycle. */
    public CycleProgress progress(String cycleId) {
        AwardCycle cycle = cycles.find(cycleId).orElseThrow(() -> new NotFound("评选周期“" + cycleId + "”不存在"));
        Instant now = clock.instant();
        List<NominationRow> rows = repository.nominations(cycle.id());
        Map<Long, NominationRow> byId = rows.stream().collect(Collectors.toMap(NominationRow::id, Function.identity()));

        Map<String, String> nominationInstances = engine.instanceIds(
                NominationProcess.KEY,
                rows.stream()
                        .map(NominationRow::referenceNo)
                        .filter(Objects::nonNull)
                        .toList());
        String cycleInstance =
                engine.instanceIds(AwardCycleProcess.KEY, List.of(cycle.id())).get(cycle.id());
        List<ObjectionRow> objectionRows = repository.objections(cycle.id());
        Map<String, String> objectionInstances = engine.instanceIds(
                ObjectionProcess.KEY,
                objectionRows.stream()
                        .map(o -> ObjectionProcess.businessKey(cycle.id(), o.id()))
                        .toList());

        Set<String> allInstances = new LinkedHashSet<>(nominationInstances.values());
        allInstances.addAll(objectionInstances.values());
        if (cycleInstance != null) {
            allInstances.add(cycleInstance);
        }
        List<OpenTask> openTasks = engine.openTasks(allInstances);

        Set<String> inModeration = new HashSet<>();
        Map<String, Instant> seatDue = new LinkedHashMap<>();
        for (OpenTask task : openTasks) {
            if (NominationProcess.Elements.MODERATE.equals(task.taskKey())) {
                inModeration.add(task.instanceId());
            }
            if (NominationProcess.Elements.SCORE.equals(task.taskKey())
                    && task.assignee() != null
                    && task.due() != null) {
                seatDue.put(task.instanceId() + "/" + task.assignee(), task.due());
            }
        }
        Set<Long> onNoticeList = new HashSet<>();
        if (NOTICE_STANDS.contains(cycle.status())) {
            onNoticeList.addAll(committee.proposed(cycle.id()));
        }

        // nominations and their stages
        List<CycleProgress.NominationLine> lines = new ArrayList<>();
        Map<Long, Stage> stageOf = new LinkedHashMap<>();
        for (NominationRow row : rows) {
            String instance = row.referenceNo() == null ? null : nominationInstances.get(row.referenceNo());
            Stage stage = NominationStatus.valueOf(row.status())
                    .stage(inModeration.contains(instance), onNoticeList.contains(row.id()));
            stageOf.put(row.id(), stage);
            lines.add(new CycleProgress.NominationLine(
                    row.id(),
                    row.referenceNo(),
                    row.nomineeName(),
                    trackLabel(row.track()),
                    stage.name(),
                    stage.label(),
                    instance));
        }
        List<StageFigure> stages = stageFigures(rows, stageOf);
        List<CycleProgress.TrackStages> tracks = new ArrayList<>();
        for (String track : trackKeys(rows)) {
            List<NominationRow> ofTrack =
                    rows.stream().filter(r -> Objects.equals(r.track(), track)).toList();
            tracks.add(new CycleProgress.TrackStages(
                    track,
                    trackLabel(track),
                    figure(ofTrack.stream().map(NominationRow::id).toList()),
                    stageFigures(ofTrack, stageOf)));
        }

        // seats: scored or not, open while the nomination is being scored, overdue past the seat's due date
        SeatTally byTrack = new SeatTally();
        SeatTally byExpert = new SeatTally();
        List<SeatRow> seats = repository.activeSeats(cycle.id());
        Map<String, String> expertNames = engine.userNames(
                seats.stream().map(SeatRow::expertId).distinct().toList());
        for (SeatRow seat : seats) {
            NominationRow nomination = byId.get(seat.nominationId());
            String instance = nominationInstances.get(nomination.referenceNo());
            boolean open =
                    !seat.sheetCounted() && NominationStatus.SCORING.name().equals(nomination.status());
            Instant due = seatDue.getOrDefault(instance + "/" + seat.expertId(), cycle.scoringDeadline());
            boolean overdue = open && due.isBefore(now);
            byTrack.add(nomination.track(), trackLabel(nomination.track()), seat, open, overdue);
            byExpert.add(
                    seat.expertId(), expertNames.getOrDefault(seat.expertId(), seat.expertId()), seat, open, overdue);
        }

        // open objections with their step and deadline
        List<CycleProgress.ObjectionLine> objections = new ArrayList<>();
        for (ObjectionRow objection : objectionRows) {
            if (!ObjectionStatus.OPEN.name().equals(objection.status())
                    && !ObjectionStatus.INVESTIGATED.name().equals(objection.status())) {
                continue;
            }
            String instance = objectionInstances.get(ObjectionProcess.businessKey(cycle.id(), objection.id()));
            OpenTask step = openTasks.stream()
                    .filter(t -> t.instanceId().equals(instance) && OBJECTION_STEPS.containsKey(t.taskKey()))
                    .findFirst()
                    .orElse(null);
            NominationRow about = byId.get(objection.nominationId());
            objections.add(new CycleProgress.ObjectionLine(
                    objection.id(),
                    objection.nominationId(),
                    about.referenceNo(),
                    about.nomineeName(),
                    objection.filedAt(),
                    step == null ? null : OBJECTION_STEPS.get(step.taskKey()),
                    step == null ? null : step.due(),
                    instance));
        }

        // incidents and failed jobs, each with the nomination it concerns
        Map<String, NominationRow> nominationOfInstance = new LinkedHashMap<>();
        rows.forEach(r -> {
            String instance = nominationInstances.get(r.referenceNo());
            if (instance != null) {
                nominationOfInstance.put(instance, r);
            }
        });
        List<CycleProgress.TroubleLine> troubles = new ArrayList<>();
        for (ProcessWatch.Trouble t : engine.troubles(allInstances)) {
            NominationRow n = nominationOfInstance.get(t.instanceId());
            String process = n != null ? "个人奖申报与评审" : t.instanceId().equals(cycleInstance) ? "评选周期" : "公示异议处理";
            troubles.add(new CycleProgress.TroubleLine(
                    t.kind(),
                    n == null ? null : n.id(),
                    n == null ? null : n.referenceNo(),
                    process,
                    t.instanceId(),
                    t.activityId(),
                    t.message(),
                    t.since(),
                    t.retries()));
        }

        CycleProgress.Cycle head = new CycleProgress.Cycle(
                cycle.id(),
                cycle.name(),
                cycle.status().name(),
                cycle.status().stage(),
                deadlines(cycle, cycleInstance, openTasks),
                cycleInstance);
        return new CycleProgress(
                head,
                stages,
                tracks,
                lines,
                inTrackOrder(byTrack.seats()),
                byExpert.seats(),
                objections,
                troubles,
                engine.historyCleanup());
    }

    private List<CycleProgress.Deadline> deadlines(AwardCycle cycle, String cycleInstance, List<OpenTask> openTasks) {
        Instant voting = openTasks.stream()
                .filter(t ->
                        t.instanceId().equals(cycleInstance) && AwardCycleProcess.Elements.VOTE.equals(t.taskKey()))
                .map(OpenTask::due)
                .filter(Objects::nonNull)
                .min(Comparator.naturalOrder())
                .orElse(null);
        Instant noticeEnds = cycleInstance == null
                ? null
                : engine.timerDue(cycleInstance, AwardCycleProcess.Elements.NOTICE_PERIOD)
                        .orElse(null);
        return List.of(
                new CycleProgress.Deadline("征集截止", cycle.nominationDeadline()),
                new CycleProgress.Deadline("评分截止", cycle.scoringDeadline()),
                new CycleProgress.Deadline("表决截止", voting),
                new CycleProgress.Deadline("公示期满", noticeEnds));
    }

    private static List<StageFigure> stageFigures(List<NominationRow> rows, Map<Long, Stage> stageOf) {
        List<StageFigure> figures = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            figures.add(new StageFigure(
                    stage.name(),
                    stage.label(),
                    figure(rows.stream()
                            .map(NominationRow::id)
                            .filter(id -> stageOf.get(id) == stage)
                            .toList())));
        }
        return figures;
    }

    /** The four tracks in their order, then 未确定类别 when some nomination has none yet. */
    private static List<String> trackKeys(List<NominationRow> rows) {
        List<String> keys = new ArrayList<>();
        for (Track track : Track.values()) {
            keys.add(track.name());
        }
        if (rows.stream().anyMatch(r -> r.track() == null)) {
            keys.add(null);
        }
        return keys;
    }

    private static List<CycleProgress.Seats> inTrackOrder(List<CycleProgress.Seats> seats) {
        return seats.stream()
                .sorted(Comparator.comparingInt(s -> s.key() == null
                        ? Integer.MAX_VALUE
                        : Track.valueOf(s.key()).ordinal()))
                .toList();
    }

    private static String trackLabel(String track) {
        return track == null ? NO_TRACK : Track.valueOf(track).label();
    }

    private static Figure figure(List<Long> nominations) {
        return new Figure(nominations.size(), List.copyOf(nominations));
    }

    /** Seats counted under a key (a track or an expert); a figure lists each nomination once. */
    private static final class SeatTally {
        private final Map<String, String> names = new LinkedHashMap<>();
        private final Map<String, int[]> counts = new LinkedHashMap<>();
        private final Map<String, List<Set<Long>>> nominations = new LinkedHashMap<>();

        void add(String key, String name, SeatRow seat, boolean open, boolean overdue) {
            String k = key == null ? "" : key;
            names.putIfAbsent(k, name);
            int[] c = counts.computeIfAbsent(k, x -> new int[4]);
            List<Set<Long>> n = nominations.computeIfAbsent(
                    k,
                    x -> List.of(
                            new LinkedHashSet<>(),
                            new LinkedHashSet<>(),
                            new LinkedHashSet<>(),
                            new LinkedHashSet<>()));
            boolean[] in = {true, seat.sheetCounted(), open, overdue};
            for (int i = 0; i < 4; i++) {
                if (in[i]) {
                    c[i]++;
                    n.get(i).add(seat.nominationId());
                }
            }
        }

        List<CycleProgress.Seats> seats() {
            List<CycleProgress.Seats> seats = new ArrayList<>();
            counts.forEach((key, c) -> {
                List<Set<Long>> n = nominations.get(key);
                seats.add(new CycleProgress.Seats(
                        key.isEmpty() ? null : key,
                        names.get(key),
                        seatFigure(c[0], n.get(0)),
                        seatFigure(c[1], n.get(1)),
                        seatFigure(c[2], n.get(2)),
                        seatFigure(c[3], n.get(3))));
            });
            return seats;
        }

        private static Figure seatFigure(int seats, Set<Long> nominations) {
            return new Figure(seats, List.copyOf(nominations));
        }
    }
}
