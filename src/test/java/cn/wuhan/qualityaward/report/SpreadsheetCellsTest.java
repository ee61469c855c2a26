package cn.wuhan.qualityaward.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetCellsTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\",\"点我\")", "+1+1", "-2", "@SUM(A1)", "\t=1"})
    void whatASpreadsheetWouldTakeForAFormulaIsKeptAsText(String value) {
        assertThat(SpreadsheetCells.text(value)).isEqualTo("'" + value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"王芳", "2026-00001", "质量 = 生命"})
    void ordinaryTextIsLeftAlone(String value) {
        assertThat(SpreadsheetCells.text(value)).isEqualTo(value);
    }

    @Test
    void nothingBecomesAnEmptyCell() {
        assertThat(SpreadsheetCells.text(null)).isEmpty();
    }
}
