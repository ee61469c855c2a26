package cn.wuhan.qualityaward.recommender;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhan.qualityaward.cycle.CycleStatus;
import cn.wuhan.qualityaward.nomination.NominationStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A unit reads the same words for an ended nomination as the office's 评选进度 shows. */
class NominationStageTest {

    @ParameterizedTest
    @EnumSource(
            value = NominationStatus.class,
            names = {"INELIGIBLE", "REJECTED", "WITHDRAWN", "WITHDRAWN_ON_OBJECTION", "AWARDED", "NOT_AWARDED"})
    void aNominationThatEndedReadsForItsUnitAsIn评选进度(NominationStatus status) {
        String forTheUnit =
                NominationStage.of(status, CycleStatus.ANNOUNCED, false).label();

        assertThat(forTheUnit).isEqualTo(status.stage().label());
    }
}
