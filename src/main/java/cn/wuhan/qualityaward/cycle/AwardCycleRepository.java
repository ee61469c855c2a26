package cn.wuhan.qualityaward.cycle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class AwardCycleRepository {

    private final JdbcTemplate jdbc;

    public AwardCycleRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(AwardCycle cycle) {
        jdbc.update(
                "insert into award_cycle (id, name, cycle_year, nomination_deadline, scoring_deadline,"
                        + " notice_period, quota, status) values (?, ?, ?, ?, ?, ?, ?, ?)",
                cycle.id(),
                cycle.name(),
                cycle.year(),
                Timestamp.from(cycle.nominationDeadline()),
                Timestamp.from(cycle.scoringDeadline()),
                cycle.noticePeriod(),
                cycle.quota(),
                cycle.status().name());
    }

    public Optional<AwardCycle> find(String id) {
        return jdbc.query("select * from award_cycle where id = ?", this::map, id).stream()
                .findFirst();
    }

    /** Takes the cycle's row lock, held until the transaction ends. */
    public void lock(String id) {
        jdbc.queryForList("select id from award_cycle where id = ? for update", String.class, id);
    }

    public List<AwardCycle> findAll() {
        return jdbc.query("select * from award_cycle order by id", this::map);
    }

    public void updateStatus(String id, CycleStatus status) {
        jdbc.update("update award_cycle set status = ? where id = ?", status.name(), id);
    }

    private AwardCycle map(ResultSet rs, int row) throws SQLException {
        return new AwardCycle(
                rs.getString("id"),
                rs.getString("name"),
                rs.getInt("cycle_year"),
                rs.getTimestamp("nomination_deadline").toInstant(),
                rs.getTimestamp("scoring_deadline").toInstant(),
                rs.getString("notice_period"),
                rs.getInt("quota"),
                CycleStatus.valueOf(rs.getString("status")));
    }
}
