package cn.wuhan.qualityaward.cycle;

import cn.wuhan.qualityaward.common.AwardProperties;
import cn.wuhan.qualityaward.common.DateTimeText;
import cn.wuhan.qualityaward.common.InvalidInputException;
import cn.wuhan.qualityaward.common.IsoDurations;
import cn.wuhan.qualityaward.common.Problems;
import cn.wuhan.qualityaward.criteria.CriteriaService;
import cn.wuhan.qualityaward.criteria.CriteriaSummary;
import cn.wuhan.qualityaward.nomination.NominationService;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class AwardCycleService {

    private static final Pattern CYCLE_ID = Pattern.compile("[A-Za-z0-9-]{1,32}");
    static final ZoneId WUHAN = ZoneId.of("Asia/Shanghai");

    private final AwardCycleRepository cycles;
    private final NominationService nominations;
    private final CriteriaService criteria;
    private final AwardProperties properties;
    private final Clock clock;

    public AwardCycleService(
            AwardCycleRepository cycles,
            NominationService nominations,
            CriteriaService criteria,
            AwardProperties properties,
            Clock clock) {
        this.cycles = cycles;
        this.nominations = nominations;
        this.criteria = criteria;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Whether the cycle is scoring and no nomination is left to wait for. Holds the cycle's row until
     * the caller's transaction ends: of two nominations scored at the same moment, the later one
     * waits, then sees the earlier one's score and wakes the cycle.
     */
    @Transactional
    public boolean scoringComplete(String cycleId) {
        cycles.lock(cycleId);
        return get(cycleId).status() == CycleStatus.SCORING && nominations.allEvaluated(cycleId);
    }

    /**
     * Opens a cycle and pins it to its criteria version (the one requested, or the newest published),
     * so its rules never change while it runs.
     *
     * @throws InvalidInputException with every problem of the request
     */
    @Transactional
    public AwardCycle open(OpenCycleRequest request) {
        Problems problems = new Problems();
        if (request.id() == null || !CYCLE_ID.matcher(request.id()).matches()) {
            problems.add("cycleId", "CYCLE_ID_INVALID", "评选周期编号必填，只能由字母、数字和连字符组成，最长32位");
        } else if (cycles.find(request.id()).isPresent()) {
            problems.add("cycleId", "CYCLE_EXISTS", "评选周期“" + request.id() + "”已存在");
        }
        if (request.name() == null || request.name().isBlank()) {
            problems.add("cycleName", "REQUIRED", "请填写评选周期名称");
        }
        Instant now = clock.instant();
        Instant nominationDeadline =
                DateTimeText.parse(request.nominationDeadline(), WUHAN).orElse(null);
        Instant scoringDeadline =
                DateTimeText.parse(request.scoringDeadline(), WUHAN).orElse(null);
        if (nominationDeadline == null) {
            problems.add("nominationDeadline", "DEADLINE_INVALID", "请填写有效的申报截止时间，例如 2026-12-31T17:00");
        } else if (!nominationDeadline.isAfter(now)) {
            problems.add("nominationDeadline", "DEADLINE_PASSED", "申报截止时间必须晚于当前时间");
        }
        if (scoringDeadline == null) {
            problems.add("scoringDeadline", "DEADLINE_INVALID", "请填写有效的专家评审截止时间，例如 2027-01-31T17:00");
        } else if (nominationDeadline != null && !scoringDeadline.isAfter(nominationDeadline)) {
            problems.add("scoringDeadline", "DEADLINE_ORDER", "专家评审截止时间必须晚于申报截止时间");
        }
        String noticePeriod = blankToNull(request.noticePeriod());
        if (noticePeriod != null && !IsoDurations.isValid(noticePeriod)) {
            problems.add("noticePeriod", "DURATION_INVALID", "公示期须为ISO-8601时长，例如 P7D（7天）");
        }
        Optional<CriteriaSummary> version = criteria.choosable(request.criteriaVersionId());
        if (version.isEmpty() && request.criteriaVersionId() == null) {
            problems.add("criteriaVersionId", "NO_PUBLISHED_CRITERIA", "还没有已发布的评定标准版本，请先发布一个版本再发起评选周期");
        } else if (version.isEmpty()) {
            problems.add(
                    "criteriaVersionId",
                    "CRITERIA_NOT_PUBLISHED",
                    "评定标准版本" + request.criteriaVersionId() + "不存在或不是已发布的版本，请填写已发布版本的编号，或留空以采用最新发布的版本");
        }
        problems.throwIfAny();

        AwardCycle cycle = new AwardCycle(
                request.id(),
                request.name().trim(),
                nominationDeadline.atZone(WUHAN).getYear(),
                nominationDeadline,
                scoringDeadline,
                noticePeriod != null ? noticePeriod : properties.timers().noticePeriod(),
                properties.committee().quota(),
                CycleStatus.OPEN);
        cycles.insert(cycle);
        criteria.pin(cycle.id(), version.orElseThrow().id());
        return cycle;
    }

    public AwardCycle get(String id) {
        return cycles.find(id)
                .orElseThrow(() -> InvalidInputException.of("cycleId", "CYCLE_NOT_FOUND", "评选周期“" + id + "”不存在"));
    }

    public Optional<AwardCycle> find(String id) {
        return cycles.find(id);
    }

    /** The cycles whose proposed list is under public notice (公示), by id. */
    public List<AwardCycle> inPublicNotice() {
        return cycles.findAll().stream()
                .filter(c -> c.status() == CycleStatus.PUBLIC_NOTICE)
                .toList();
    }

    /** The cycles that take nominations now: open, before their nomination deadline; by id. */
    public List<AwardCycle> takingNominations() {
        Instant now = clock.instant();
        return cycles.findAll().stream()
                .filter(c -> c.acceptsNominationsAt(now))
                .toList();
    }

    public void moveTo(String cycleId, CycleStatus status) {
        cycles.updateStatus(cycleId, status);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
