package cn.wuhan.qualityaward.ranking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Per current sheet, its total and its 关键要求 subtotal, for ties. */
@Repository
public class SheetSubtotalRepository {

    private final JdbcTemplate jdbc;

    public SheetSubtotalRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A sheet's total and the sum of the chosen items' points. */
    public record Subtotal(BigDecimal total, BigDecimal items) {}

    /**
     * For the given nominations of a cycle, each current sheet's total and its 关键要求 subtotal, in
     * one query for the whole cycle. The subtotal is the one stored with the sheet; for a sheet
     * stored before V14, which has none, the points of those of its items whose id is in {@code
     * itemIds} (the cycle's 关键要求 items).
     */
    public Map<Long, List<Subtotal>> subtotals(String cycleId, Collection<Long> nominationIds, Set<String> itemIds) {
        Set<Long> wanted = Set.copyOf(nominationIds);
        Map<Long, List<Subtotal>> found = new HashMap<>();
        // item ids come from the rubric, never from people; bound as parameters all the same
        String in = itemIds.stream().map(id -> "?").collect(Collectors.joining(","));
        List<Object> args = new ArrayList<>(itemIds);
        args.add(cycleId);
        jdbc.query(
                "select s.nomination_id, s.total, case when s.key_subtotal is null then (select coalesce(sum(i.points), 0)"
                        + " from score_item i where i.sheet_id = s.id and i.item_id in (" + in + "))"
                        + " else s.key_subtotal end"
                        + " from score_sheet s join nomination n on n.id = s.nomination_id"
                        + " where n.cycle_id = ? and s.superseded = false",
                rs -> {
                    long id = rs.getLong(1);
                    if (wanted.contains(id)) {
                        found.computeIfAbsent(id, k -> new ArrayList<>())
                                .add(new Subtotal(rs.getBigDecimal(2), rs.getBigDecimal(3)));
                    }
                },
                args.toArray());
        return found;
    }
}
