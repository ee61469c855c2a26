package cn.wuhan.qualityaward.recommender;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
class RecommenderRepository {

    private final JdbcTemplate jdbc;

    RecommenderRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> unitOf(String userId) {
        return jdbc.queryForList("select unit_name from recommender where user_id = ?", String.class, userId).stream()
                .findFirst();
    }

    void bind(String userId, String unitName) {
        if (jdbc.update("update recommender set unit_name = ? where user_id = ?", unitName, userId) == 0) {
            jdbc.update("insert into recommender (user_id, unit_name) values (?, ?)", userId, unitName);
        }
    }

    List<String> usersOf(String unitName) {
        return jdbc.queryForList(
                "select user_id from recommender where unit_name = ? order by user_id", String.class, unitName);
    }

    void recordFiler(long nominationId, String filedBy, boolean byRecommender) {
        jdbc.update(
                "insert into nomination_filer (nomination_id, filed_by, by_recommender) values (?, ?, ?)",
                nominationId,
                filedBy,
                byRecommender);
    }

    record Filer(String filedBy, boolean byRecommender) {}

    Optional<Filer> filerOf(long nominationId) {
        return jdbc
                .query(
                        "select filed_by, by_recommender from nomination_filer where nomination_id = ?",
                        (rs, i) -> new Filer(rs.getString(1), rs.getBoolean(2)),
                        nominationId)
                .stream()
                .findFirst();
    }

    /** The unit's nominations, newest cycle first, then in filing order. */
    List<Long> nominationsOf(String unitName) {
        return jdbc.queryForList(
                "select id from nomination where recommending_unit = ? order by cycle_id desc, id",
                Long.class,
                unitName);
    }

    List<Long> allNominations() {
        return jdbc.queryForList("select id from nomination order by cycle_id desc, id", Long.class);
    }
}
