package cn.wuhan.qualityaward.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.pvm.runtime.ExecutionImpl;
import org.junit.jupiter.api.Test;

/** How a value from a form or a REST client becomes a typed variable, and how a step's flag is kept. */
class ProcessVariableTest {

    private static final ProcessVariable<Long> VERSION = ProcessVariable.of("criteriaVersionId", Long.class);
    static final ProcessVariable<Boolean> RECUSED = ProcessVariable.of("recused", Boolean.class);

    @Test
    void aWholeNumberSentAsADecimalIsTakenAsTheNumber() {
        assertThat(VERSION.from(scopeWith(2.0))).isEqualTo(2L);
    }

    @Test
    void aNumberWithAFractionIsRefusedNotCutToAWholeOne() {
        assertThatThrownBy(() -> VERSION.from(scopeWith(1.9))).hasMessageContaining("criteriaVersionId");
    }

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

    private static VariableScope scopeWith(Object value) {
        VariableScope scope = mock(VariableScope.class);
        when(scope.getVariable("criteriaVersionId")).thenReturn(value);
        return scope;
    }
}
