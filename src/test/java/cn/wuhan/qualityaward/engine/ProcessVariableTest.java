package cn.wuhan.qualityaward.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.impl.pvm.runtime.ExecutionImpl;
import org.junit.jupiter.api.Test;

class ProcessVariableTest {

    static final ProcessVariable<Boolean> RECUSED = ProcessVariable.of("recused", Boolean.class);

    @Test
    void aValueSetForThisStepIsReadButNeverStored() {
        ExecutionImpl seat = new ExecutionImpl();

        RECUSED.setForThisStep(seat, true);

        assertThat(RECUSED.from(seat)).isTrue();
        assertThat(seat.getVariableLocalTyped("recused").isTransient()).isTrue();
    }

    @Test
    void anInstanceOfTheEarlierModelThatStoredTheFlagKeepsStoringIt() {
        ExecutionImpl seat = new ExecutionImpl();
        seat.setVariableLocal("recused", false);

        RECUSED.setForThisStep(seat, true);

        assertThat(RECUSED.from(seat)).isTrue();
        assertThat(seat.getVariableLocalTyped("recused").isTransient()).isFalse();
    }
}
