package cn.wuhan.qualityaward.panel;

import cn.wuhan.qualityaward.common.AwardProperties;
import cn.wuhan.qualityaward.common.BlindVariables;
import cn.wuhan.qualityaward.common.InvalidInputException;
import cn.wuhan.qualityaward.common.Problems;
import cn.wuhan.qualityaward.nomination.Nomination;
import cn.wuhan.qualityaward.nomination.NominationService;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Picks the experts who score a nomination: only experts qualified for its scoring track, never one
 * with a conflict of interest, the least loaded first so that loads stay within one of each other;
 * the first of them leads the panel.
 */
@Service
public class PanelService {

    /** Recorded behind "利益冲突回避：" in panel_member.left_reason. */
    static final int CONFLICT_REASON_MAX = 500;

    private final PanelRepository panels;
    private final ExpertProfileRepository profiles;
    private final ExpertDirectory experts;
    private final NominationService nominations;
    private final int panelSize;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public PanelService(
            PanelRepository panels,
            ExpertProfileRepository profiles,
            ExpertDirectory experts,
            NominationService nominations,
            AwardProperties properties,
            Clock clock,
            ApplicationEventPublisher events) {
        this.panels = panels;
        this.profiles = profiles;
        this.experts = experts;
        this.nominations = nominations;
        this.panelSize = Math.max(3, properties.panel().size());
        this.clock = clock;
        this.events = events;
    }

    /** A shortage is a business outcome the process handles, so it must not doom the transaction. */
    @Transactional(noRollbackFor = PanelUnavailableException.class)
    public List<String> assign(long nominationId) {
        List<String> existing = panels.members(nominationId);
        if (!existing.isEmpty()) {
            return existing;
        }
        List<String> chosen = pick(nominations.get(nominationId), panelSize, Set.of());
        for (int i = 0; i < chosen.size(); i++) {
            panels.insert(nominationId, chosen.get(i), i == 0, clock.instant());
        }
        return chosen;
    }

    /**
     * An expert leaves the panel (recusal, a missed deadline); returns who takes the seat. Says so with
     * {@link SeatVacated}, in the same transaction.
     */
    @Transactional
    public String replace(long nominationId, String leaving, String reason) {
        boolean leader = panels.wasLeader(nominationId, leaving);
        List<String> everyone = panels.everyone(nominationId);
        String next = pick(nominations.get(nominationId), 1, everyone).get(0);
        panels.leave(nominationId, leaving, reason);
        panels.insert(nominationId, next, leader, clock.instant());
        events.publishEvent(new SeatVacated(nominationId, leaving));
        return next;
    }

    /** An expert declares a conflict of interest: they leave the panel and a replacement takes the seat. */
    @Transactional
    public String recuse(long nominationId, String expert, String reason) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of(BlindVariables.CONFLICT_REASON, "REASON_REQUIRED", "声明利益冲突时须说明具体情况");
        }
        new Problems()
                .limit(BlindVariables.CONFLICT_REASON, reason, "利益冲突情况说明", CONFLICT_REASON_MAX)
                .throwIfAny();
        if (!panels.isMember(nominationId, expert)) {
            throw InvalidInputException.of("expert", "NOT_ON_PANEL", "您不是该申报的评审专家");
        }
        return replace(nominationId, expert, "利益冲突回避：" + reason.strip());
    }

    public boolean isOnPanel(long nominationId, String expertId) {
        return panels.isMember(nominationId, expertId);
    }

    /**
     * The panel's leader as the award's tables record it (the first expert chosen, or whoever took the
     * leader's seat); the model assigns 专家组合议 to this expert. Null when the panel has no leader.
     */
    public String leader(long nominationId) {
        return panels.leader(nominationId);
    }

    /** Experts' names by id, for readers who see who scored (the office); see {@link ExpertDirectory#names}. */
    public Map<String, String> expertNames(Collection<String> expertIds) {
        return experts.names(expertIds);
    }

    public List<String> members(long nominationId) {
        return panels.members(nominationId);
    }

    /** The active members of every panel of a cycle, by nomination. */
    public Map<Long, List<String>> membersByCycle(String cycleId) {
        return panels.membersByCycle(cycleId);
    }

    private List<String> pick(Nomination nominee, int count, Collection<String> excluded) {
        Set<String> pool = Set.copyOf(experts.expertIds());
        List<ExpertProfile> inPool = profiles.findAll().stream()
                .filter(p -> pool.contains(p.expertId()))
                .toList();
        return PanelSelection.choose(nominee, inPool, panels.loadByExpert(), excluded, count);
    }
}
