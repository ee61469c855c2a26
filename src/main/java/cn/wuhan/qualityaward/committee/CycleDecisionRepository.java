package cn.wuhan.qualityaward.committee;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Decisions taken on the cycle's list: the committee's proposal, the government's approval. */
@Repository
public class CycleDecisionRepository {

    private final JdbcTemplate jdbc;

    public CycleDecisionRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(
            String cycleId, String stage, long nominationId, String decision, String reason, String actor, Instant at) {
        jdbc.update(
                "insert into cycle_decision (cycle_id, stage, nomination_id, decision, reason, actor, decided_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?)",
                cycleId,
                stage,
                nominationId,
                decision,
                reason,
                actor,
                Timestamp.from(at));
    }

    public List<Long> nominations(String cycleId, String stage, String decision) {
        return jdbc.queryForList(
                "select nomination_id from cycle_decision where cycle_id = ? and stage = ? and decision = ? order by id",
                Long.class,
                cycleId,
                stage,
                decision);
    }
}
