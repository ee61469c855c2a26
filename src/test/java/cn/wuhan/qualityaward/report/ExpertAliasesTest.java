package cn.wuhan.qualityaward.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExpertAliasesTest {

    @Test
    void numbersThePanelInOrderThenOtherAuthorsOfSheets() {
        ExpertAliases aliases = ExpertAliases.of(List.of("lead", "b", "c"), List.of("c", "former", "lead"), false);

        assertThat(aliases.shown("lead")).isEqualTo("E1");
        assertThat(aliases.shown("c")).isEqualTo("E3");
        assertThat(aliases.shown("former")).isEqualTo("E4");
        assertThat(aliases.shown("late")).isEqualTo("E5");
        assertThat(aliases.shown("late")).isEqualTo("E5");
    }

    @Test
    void readersWhoMayKnowTheExpertsSeeTheirIds() {
        assertThat(ExpertAliases.of(List.of("lead"), List.of(), true).shown("lead"))
                .isEqualTo("lead");
    }
}
