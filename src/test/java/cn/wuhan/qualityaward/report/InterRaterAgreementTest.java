package cn.wuhan.qualityaward.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class InterRaterAgreementTest {

    /** The six targets and four judges of Shrout and Fleiss (1979), Table 2. */
    static final List<List<Double>> SHROUT_FLEISS = List.of(
            List.of(9.0, 2.0, 5.0, 8.0),
            List.of(6.0, 1.0, 3.0, 2.0),
            List.of(8.0, 4.0, 6.0, 8.0),
            List.of(7.0, 1.0, 2.0, 6.0),
            List.of(10.0, 5.0, 6.0, 9.0),
            List.of(6.0, 2.0, 4.0, 7.0));

    @Test
    void reproducesThePublishedOneWayCoefficients() {
        InterRaterAgreement icc = InterRaterAgreement.of(SHROUT_FLEISS).orElseThrow();

        assertThat(icc.single()).isCloseTo(0.17, within(0.005));
        assertThat(icc.panelMean()).isCloseTo(0.44, within(0.005));
        assertThat(icc.nominees()).isEqualTo(6);
        assertThat(icc.sheets()).isEqualTo(24);
    }

    @Test
    void panelsThatAgreeExactlyAgreeFully() {
        InterRaterAgreement icc = InterRaterAgreement.of(
                        List.of(List.of(80.0, 80.0, 80.0), List.of(60.0, 60.0), List.of(70.0, 70.0, 70.0)))
                .orElseThrow();

        assertThat(icc.single()).isCloseTo(1.0, within(1e-9));
        assertThat(icc.panelMean()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void panelsThatDisagreeMoreThanNomineesDifferGiveANegativeCoefficient() {
        InterRaterAgreement icc = InterRaterAgreement.of(
                        List.of(List.of(90.0, 50.0), List.of(50.0, 92.0), List.of(88.0, 52.0)))
                .orElseThrow();

        assertThat(icc.single()).isNegative();
    }

    @Test
    void panelsOfUnequalSizeUseTheAdjustedPanelSize() {
        // panels of 3, 2 and 2: k0 = (7 - (9 + 4 + 4) / 7) / 2 = 16 / 7, computed here by hand
        InterRaterAgreement icc = InterRaterAgreement.of(
                        List.of(List.of(80.0, 82.0, 78.0), List.of(60.0, 64.0), List.of(70.0, 71.0)))
                .orElseThrow();

        double msBetween =
                (3 * Math.pow(80 - 72.142857, 2) + 2 * Math.pow(62 - 72.142857, 2) + 2 * Math.pow(70.5 - 72.142857, 2))
                        / 2;
        double msWithin = (8 + 8 + 0.5) / 4;
        double k0 = 16.0 / 7;
        assertThat(icc.single()).isCloseTo((msBetween - msWithin) / (msBetween + (k0 - 1) * msWithin), within(1e-4));
    }

    @Test
    void saysNothingWithFewerThanTwoNomineesScoredTwice() {
        assertThat(InterRaterAgreement.of(List.of(List.of(80.0, 70.0), List.of(65.0))))
                .isEmpty();
        assertThat(InterRaterAgreement.of(List.of())).isEmpty();
    }
}
