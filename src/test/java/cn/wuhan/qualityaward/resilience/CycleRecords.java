package cn.wuhan.qualityaward.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhan.qualityaward.cycle.AwardCycleProcess;
import cn.wuhan.qualityaward.resilience.CycleOverHttp.Nominee;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the database holds about one cycle once it has ended, read with SQL: the engine's job log
 * (ACT_HI_JOB_LOG: 0 created, 1 failed, 2 succeeded, 3 deleted) and the award's own tables.
 */
final class CycleRecords {

    private final RestartablePostgres database;
    private final String cycleId;
    /** The cycle's instance and its nominations' instances. */
    private final String instances;

    CycleRecords(RestartablePostgres database, String cycleId) {
        this.database = database;
        this.cycleId = cycleId;
        this.instances = "(select id_ from act_hi_procinst where business_key_ = '" + cycleId
                + "' or business_key_ like '" + cycleId + "-%')";
    }

    /** No job succeeded twice, every job created ended once (ran or was cancelled), and none became an incident. */
    void assertEveryJobRanExactlyOnce() {
        List<Map<String, Object>> twice =
                database.query("select job_id_, act_id_, count(*) as successes from act_hi_job_log where job_state_ = 2"
                        + " and process_instance_id_ in " + instances
                        + " group by job_id_, act_id_ having count(*) > 1");
        assertThat(twice).as("jobs that succeeded more than once").isEmpty();
        List<Map<String, Object>> notEnded = database.query(
                "select c.job_id_, c.act_id_ from act_hi_job_log c where c.job_state_ = 0 and c.process_instance_id_ in "
                        + instances + " and not exists (select 1 from act_hi_job_log e where e.job_id_ = c.job_id_"
                        + " and e.job_state_ in (2, 3))");
        assertThat(notEnded).as("jobs that never ran nor were cancelled").isEmpty();
        assertThat(database.count("select count(*) from act_hi_incident where proc_inst_id_ in " + instances))
                .as("incidents")
                .isZero();
    }

    long successes(String activityId) {
        return database.count("select count(*) from act_hi_job_log where job_state_ = 2 and act_id_ = '" + activityId
                + "' and process_instance_id_ in " + instances);
    }

    /** The cycle's timers and its announcement each ran exactly once. */
    void assertTimersAndAnnouncementRanOnce() {
        assertThat(successes(AwardCycleProcess.Elements.NOMINATION_DEADLINE))
                .as("nomination deadline fired")
                .isEqualTo(1);
        assertThat(successes(AwardCycleProcess.Elements.NOTICE_PERIOD))
                .as("notice period ended")
                .isEqualTo(1);
        assertThat(successes(AwardCycleProcess.Elements.ANNOUNCE))
                .as("announcement ran")
                .isEqualTo(1);
        assertThat(database.query("select status from award_cycle where id = '" + cycleId + "'"))
                .singleElement()
                .satisfies(row -> assertThat(row.get("status")).isEqualTo("ANNOUNCED"));
    }

    /** Each nominee has one current sheet from each of its experts, with the total scored. */
    void assertEverySheetPresent(List<Nominee> nominees, int panel) {
        for (Nominee nominee : nominees) {
            List<Map<String, Object>> sheets =
                    database.query("select expert_id, total from score_sheet where not superseded and nomination_id = "
                            + nominee.id());
            assertThat(sheets).as("sheets of " + nominee.referenceNo()).hasSize(panel);
            assertThat(sheets.stream().map(s -> s.get("expert_id")).distinct())
                    .as("experts of " + nominee.referenceNo())
                    .hasSize(panel);
        }
    }

    /** Each nomination's outcome as the announcement recorded it. */
    Map<Long, String> outcomes() {
        Map<Long, String> outcomes = new TreeMap<>();
        database.query("select id, status from nomination where cycle_id = '" + cycleId + "'")
                .forEach(row -> outcomes.put(((Number) row.get("id")).longValue(), String.valueOf(row.get("status"))));
        return outcomes;
    }

    /** How many jobs of this cycle each node ran: host name → count. */
    Map<String, Long> jobsRunBy() {
        Map<String, Long> byHost = new TreeMap<>();
        database.query("select hostname_, count(*) as jobs from act_hi_job_log where job_state_ = 2"
                        + " and process_instance_id_ in " + instances + " group by hostname_")
                .forEach(row ->
                        byHost.put(String.valueOf(row.get("hostname_")), ((Number) row.get("jobs")).longValue()));
        return byHost;
    }
}
