package cn.wuhan.qualityaward.publicnotice;

import cn.wuhan.qualityaward.common.IsoDurations;
import cn.wuhan.qualityaward.cycle.AwardCycle;
import cn.wuhan.qualityaward.cycle.AwardCycleRepository;
import cn.wuhan.qualityaward.cycle.CycleStatus;
import cn.wuhan.qualityaward.report.NoticeListEntry;
import cn.wuhan.qualityaward.report.NoticeListService;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * 公示 as a notice to society: every cycle whose list has been published, open notices first, then the
 * finished ones, latest first, with their candidates' final standing.
 */
@Service
public class PublicNoticeService {

    static final ZoneId WUHAN = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TEXT =
            DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm").withZone(WUHAN);
    private static final Set<CycleStatus> PUBLISHED =
            EnumSet.of(CycleStatus.PUBLIC_NOTICE, CycleStatus.FINAL_APPROVAL, CycleStatus.ANNOUNCED);

    private final AwardCycleRepository cycles;
    private final NoticeListService lists;
    private final PublicNoticeRepository notices;
    private final Clock clock;

    public PublicNoticeService(
            AwardCycleRepository cycles, NoticeListService lists, PublicNoticeRepository notices, Clock clock) {
        this.cycles = cycles;
        this.lists = lists;
        this.notices = notices;
        this.clock = clock;
    }

    public List<PublicNotice> all() {
        return cycles.findAll().stream()
                .filter(c -> PUBLISHED.contains(c.status()))
                .map(this::notice)
                .sorted(Comparator.comparing((PublicNotice n) -> !n.open())
                        .thenComparing(PublicNotice::endsAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
    }

    /** The cycle's notice while it is open for objections, empty otherwise. */
    public Optional<PublicNotice> open(String cycleId) {
        return cycles.find(cycleId)
                .filter(c -> PUBLISHED.contains(c.status()))
                .map(this::notice)
                .filter(PublicNotice::open);
    }

    /** The cycle's notice, open or finished, empty when it was never published. */
    public Optional<PublicNotice> published(String cycleId) {
        return cycles.find(cycleId).filter(c -> PUBLISHED.contains(c.status())).map(this::notice);
    }

    private PublicNotice notice(AwardCycle cycle) {
        Instant endsAt = notices.publishedAt(cycle.id())
                .map(at -> IsoDurations.after(at, cycle.noticePeriod()))
                .orElse(null);
        boolean open = cycle.status() == CycleStatus.PUBLIC_NOTICE
                && endsAt != null
                && clock.instant().isBefore(endsAt);
        List<PublicNotice.Candidate> candidates =
                lists.list(cycle).stream().map(PublicNoticeService::candidate).toList();
        return new PublicNotice(
                cycle.id(), cycle.name(), open, endsAt, endsAt == null ? "" : TEXT.format(endsAt), candidates);
    }

    private static PublicNotice.Candidate candidate(NoticeListEntry e) {
        return new PublicNotice.Candidate(e.referenceNo(), e.nomineeName(), e.organization(), e.track(), e.standing());
    }
}
