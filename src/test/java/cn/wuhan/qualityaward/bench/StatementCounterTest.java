package cn.wuhan.qualityaward.bench;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhan.qualityaward.bench.StatementCounter.Kind;
import org.junit.jupiter.api.Test;

class StatementCounterTest {

    @Test
    void aWriteCountsForTheTableItWritesAndAQueryForItsFirstTable() {
        assertThat(StatementCounter.table("insert into ACT_HI_VARINST (ID_, NAME_) values (?, ?)"))
                .isEqualTo("ACT_HI_VARINST");
        assertThat(StatementCounter.table("  update ACT_RU_EXECUTION set REV_ = ? where ID_ = ?"))
                .isEqualTo("ACT_RU_EXECUTION");
        assertThat(StatementCounter.table("delete from score_draft_item where draft_id = ?"))
                .isEqualTo("SCORE_DRAFT_ITEM");
        assertThat(StatementCounter.table(
                        "select s.total from score_sheet s join nomination n on n.id = s.nomination_id"))
                .isEqualTo("SCORE_SHEET");
    }

    @Test
    void aSubqueryAQuotedNameAndASchemaLeadToThePlainTableName() {
        assertThat(StatementCounter.table("select * from (select ID_ from ACT_RU_TASK RES) T"))
                .isEqualTo("ACT_RU_TASK");
        assertThat(StatementCounter.table("select * from public.\"nomination\" where id = ?"))
                .isEqualTo("NOMINATION");
        assertThat(StatementCounter.table("select 1")).isEqualTo("(none)");
    }

    @Test
    void aSubqueryInTheSelectListDoesNotTakeTheQuerysTable() {
        assertThat(StatementCounter.table("select s.id, case when s.key_subtotal is null then (select sum(i.points)"
                        + " from score_item i where i.sheet_id = s.id) else s.key_subtotal end"
                        + " from score_sheet s join nomination n on n.id = s.nomination_id"))
                .isEqualTo("SCORE_SHEET");
    }

    @Test
    void theKindIsTheStatementsFirstWord() {
        assertThat(StatementCounter.kind("INSERT INTO x values (1)")).isEqualTo(Kind.INSERT);
        assertThat(StatementCounter.kind("\n update x set a = 1")).isEqualTo(Kind.UPDATE);
        assertThat(StatementCounter.kind("delete from x")).isEqualTo(Kind.DELETE);
        assertThat(StatementCounter.kind("with t as (select 1) select * from t"))
                .isEqualTo(Kind.SELECT);
        assertThat(StatementCounter.kind("create index ix on x (a)")).isEqualTo(Kind.OTHER);
    }

    @Test
    void aTallyCountsHistoryRowsFromInsertsIntoTheHistoryTablesOnly() {
        StatementCounter.Tally tally = new StatementCounter.Tally();
        tally.add("ACT_HI_DETAIL", Kind.INSERT, 3);
        tally.add("ACT_HI_DETAIL", Kind.UPDATE, 1);
        tally.add("ACT_RU_VARIABLE", Kind.INSERT, 2);

        assertThat(tally.historyRowsWritten()).isEqualTo(3);
        assertThat(tally.total()).isEqualTo(6);
        assertThat(tally.count(Kind.INSERT)).isEqualTo(5);
    }
}
