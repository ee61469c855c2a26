package cn.wuhan.qualityaward.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.api.Test;

/** How a value from a form or a REST client becomes a typed variable. */
class ProcessVariableTest {

    private static final ProcessVariable<Long> VERSION = ProcessVariable.of("criteriaVersionId", Long.class);

    @Test
    void aWholeNumberSentAsADecimalIsTakenAsTheNumber() {
        assertThat(VERSION.from(scopeWith(2.0))).isEqualTo(2L);
    }

    @Test
    void aNumberWithAFractionIsRefusedNotCutToAWholeOne() {
        assertThatThrownBy(() -> VERSION.from(scopeWith(1.9))).hasMessageContaining("criteriaVersionId");
    }

    private static VariableScope scopeWith(Object value) {
        VariableScope scope = mock(VariableScope.class);
        when(scope.getVariable("criteriaVersionId")).thenReturn(value);
        return scope;
    }
}
