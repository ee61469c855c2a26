package cn.wuhan.qualityaward.bench;

import cn.wuhan.qualityaward.common.CanonicalText;
import cn.wuhan.qualityaward.criteria.rubric.Rubric;
import cn.wuhan.qualityaward.criteria.rubric.RubricItem;
import cn.wuhan.qualityaward.cycle.AwardCycleService;
import cn.wuhan.qualityaward.cycle.OpenCycleRequest;
import cn.wuhan.qualityaward.nomination.NominationStatus;
import cn.wuhan.qualityaward.nomination.Track;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A cycle whose nominations have all been scored, written straight into the award's tables in
 * batches: the rows the lifecycle leaves behind (nomination, panel of five, five score sheets with
 * every rubric item), without the engine. Ranking and export read only these tables.
 */
final class EvaluatedCycleSeed {

    private static final Track[] TRACKS = {Track.SENIOR_MANAGER, Track.MIDDLE_MANAGER, Track.STAFF};
    private static final int BATCH = 1000;

    private final JdbcTemplate jdbc;
    private final AwardCycleService cycles;
    private final Rubric rubric;
    private final List<String> experts;

    EvaluatedCycleSeed(JdbcTemplate jdbc, AwardCycleService cycles, Rubric rubric, List<String> experts) {
        this.jdbc = jdbc;
        this.cycles = cycles;
        this.rubric = rubric;
        this.experts = experts;
    }

    void seed(String cycleId, int count, int panelSize) {
        LocalDateTime now = LocalDateTime.now().withNano(0);
        cycles.open(new OpenCycleRequest(
                cycleId,
                "排名基准周期 " + cycleId,
                now.plusDays(10).toString(),
                now.plusDays(40).toString(),
                null));
        Timestamp at = Timestamp.from(Instant.now());
        for (int from = 0; from < count; from += BATCH) {
            List<Object[]> rows = new ArrayList<>();
            for (int n = from; n < Math.min(count, from + BATCH); n++) {
                rows.add(new Object[] {
                    cycleId,
                    cycleId + "-" + n,
                    "NAME:排名候选人" + n + "|单位" + n,
                    "排名候选人" + n,
                    "单位" + n,
                    "质量总监",
                    "SENIOR",
                    "质量强市办",
                    "同意推荐",
                    "长期从事质量管理工作。",
                    12,
                    TRACKS[n % TRACKS.length].name(),
                    NominationStatus.EVALUATED.name(),
                    at,
                    CanonicalText.key("排名候选人" + n),
                    CanonicalText.key("单位" + n)
                });
            }
            jdbc.batchUpdate(
                    "insert into nomination (cycle_id, reference_no, person_key, nominee_name, organization, position,"
                            + " position_level, recommending_unit, recommending_opinion, summary, quality_work_years, track,"
                            + " status, created_at, name_key, organization_key) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    rows);
        }
        List<Long> ids =
                jdbc.queryForList("select id from nomination where cycle_id = ? order by id", Long.class, cycleId);
        List<Object[]> seats = new ArrayList<>();
        List<Object[]> sheets = new ArrayList<>();
        List<Object[]> finalScores = new ArrayList<>();
        for (int n = 0; n < ids.size(); n++) {
            long id = ids.get(n);
            Track track = TRACKS[n % TRACKS.length];
            BigDecimal sum = BigDecimal.ZERO;
            for (int s = 0; s < panelSize; s++) {
                String expert = experts.get((n * panelSize + s) % experts.size());
                BigDecimal total = sheetTotal(track, share(id));
                sum = sum.add(total);
                seats.add(new Object[] {id, expert, s == 0, at});
                sheets.add(new Object[] {
                    id,
                    expert,
                    track.name(),
                    total,
                    "事迹突出，材料翔实。",
                    at,
                    keySubtotal(track, share(id)),
                    hasHalfPoint(track, share(id))
                });
            }
            finalScores.add(new Object[] {sum.divide(BigDecimal.valueOf(panelSize), 2, RoundingMode.HALF_UP), id});
        }
        batches("insert into panel_member (nomination_id, expert_id, leader, assigned_at) values (?, ?, ?, ?)", seats);
        batches(
                "insert into score_sheet (nomination_id, expert_id, track, total, expert_comment, submitted_at,"
                        + " key_subtotal, half_points) values (?, ?, ?, ?, ?, ?, ?, ?)",
                sheets);
        batches("update nomination set final_score = ? where id = ?", finalScores);
        seedItems(cycleId);
    }

    private void seedItems(String cycleId) {
        List<Object[]> items = new ArrayList<>();
        jdbc.query(
                "select s.id, s.track, s.nomination_id from score_sheet s join nomination n on n.id = s.nomination_id"
                        + " where n.cycle_id = ? order by s.id",
                rs -> {
                    Track track = Track.valueOf(rs.getString(2));
                    double share = share(rs.getLong(3));
                    for (RubricItem item : rubric.sheetFor(track).items()) {
                        items.add(new Object[] {rs.getLong(1), item.id(), itemPoints(item, share)});
                    }
                },
                cycleId);
        batches("insert into score_item (sheet_id, item_id, points) values (?, ?, ?)", items);
    }

    private void batches(String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
    }

    private BigDecimal sheetTotal(Track track, double share) {
        return rubric.sheetFor(track).items().stream()
                .map(i -> itemPoints(i, share))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** What scoring stores with each sheet, so that ranking reads what it reads of a scored cycle. */
    private BigDecimal keySubtotal(Track track, double share) {
        return rubric.track(track).keyPart().dimensions().stream()
                .flatMap(d -> d.items().stream())
                .map(i -> itemPoints(i, share))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private boolean hasHalfPoint(Track track, double share) {
        return rubric.sheetFor(track).items().stream()
                .anyMatch(i -> itemPoints(i, share).remainder(BigDecimal.ONE).signum() != 0);
    }

    /** Every sheet of a nomination alike, so that no panel needs moderation. */
    private static double share(long nominationId) {
        return 0.6 + (nominationId % 30) / 100.0;
    }

    private static BigDecimal itemPoints(RubricItem item, double share) {
        return item.points()
                .multiply(BigDecimal.valueOf(share * 2))
                .setScale(0, RoundingMode.HALF_UP)
                .divide(BigDecimal.valueOf(2), 1, RoundingMode.UNNECESSARY);
    }
}
