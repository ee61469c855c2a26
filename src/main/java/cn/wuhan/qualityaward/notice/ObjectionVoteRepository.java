package cn.wuhan.qualityaward.notice;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The committee's rounds of voting on an objection: who may vote, until when, and the votes cast. */
@Repository
public class ObjectionVoteRepository {

    private final JdbcTemplate jdbc;

    public ObjectionVoteRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Opens the objection's next round (1 for the first) for these members; returns its number. */
    int openRound(long objectionId, List<String> members, Instant openedAt, Instant dueAt) {
        int round = currentRound(objectionId) + 1;
        jdbc.update(
                "insert into objection_round (objection_id, round_no, opened_at, due_at) values (?, ?, ?, ?)",
                objectionId,
                round,
                Timestamp.from(openedAt),
                Timestamp.from(dueAt));
        for (String member : members) {
            jdbc.update(
                    "insert into objection_round_member (objection_id, round_no, member_id) values (?, ?, ?)",
                    objectionId,
                    round,
                    member);
        }
        return round;
    }

    /** The latest round of the objection, 0 before the first. */
    int currentRound(long objectionId) {
        Integer round = jdbc.queryForObject(
                "select max(round_no) from objection_round where objection_id = ?", Integer.class, objectionId);
        return round == null ? 0 : round;
    }

    List<String> members(long objectionId, int round) {
        return jdbc.queryForList(
                "select member_id from objection_round_member where objection_id = ? and round_no = ? order by member_id",
                String.class,
                objectionId,
                round);
    }

    boolean isMember(long objectionId, int round, String member) {
        return count(
                        "select count(*) from objection_round_member where objection_id = ? and round_no = ? and member_id = ?",
                        objectionId,
                        round,
                        member)
                > 0;
    }

    boolean hasVoted(long objectionId, int round, String member) {
        return count(
                        "select count(*) from objection_vote where objection_id = ? and round_no = ? and member_id = ?",
                        objectionId,
                        round,
                        member)
                > 0;
    }

    void insert(long objectionId, int round, String member, ObjectionVote vote, String note, Instant at) {
        jdbc.update(
                "insert into objection_vote (objection_id, round_no, member_id, vote, note, cast_at) values (?, ?, ?, ?, ?, ?)",
                objectionId,
                round,
                member,
                vote.name(),
                note,
                Timestamp.from(at));
    }

    Map<String, ObjectionVote> votes(long objectionId, int round) {
        Map<String, ObjectionVote> votes = new HashMap<>();
        jdbc.query(
                "select member_id, vote from objection_vote where objection_id = ? and round_no = ?",
                rs -> {
                    votes.put(rs.getString(1), ObjectionVote.valueOf(rs.getString(2)));
                },
                objectionId,
                round);
        return votes;
    }

    private int count(String sql, Object... args) {
        Integer count = jdbc.queryForObject(sql, Integer.class, args);
        return count == null ? 0 : count;
    }
}
