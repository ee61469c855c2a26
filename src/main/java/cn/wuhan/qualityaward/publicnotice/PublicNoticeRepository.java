package cn.wuhan.qualityaward.publicnotice;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class PublicNoticeRepository {

    private final JdbcTemplate jdbc;

    PublicNoticeRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * When the committee's proposal was recorded; the notice is published in the same step
     * (award-cycle.bpmn), so its period runs from here.
     */
    Optional<Instant> publishedAt(String cycleId) {
        Timestamp at = jdbc.queryForObject(
                "select max(decided_at) from cycle_decision where cycle_id = ? and stage = 'PROPOSAL' and decision = 'PROPOSED'",
                Timestamp.class,
                cycleId);
        return Optional.ofNullable(at).map(Timestamp::toInstant);
    }
}
