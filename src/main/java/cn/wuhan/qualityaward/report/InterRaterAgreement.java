package cn.wuhan.qualityaward.report;

import java.util.List;
import java.util.Optional;

/**
 * Agreement among experts on one track as intraclass correlations of the one-way random model:
 * each nominee has its own panel, so raters are nested in nominees and the one-way model is the
 * fitting one. Panels of unequal size use the adjusted mean panel size k0.
 *
 * @param single ICC(1): how far one expert's total agrees with another's on the same nominee
 * @param panelMean ICC(1,k): how reliable the mean of a panel of the usual size is
 */
public record InterRaterAgreement(int nominees, int sheets, double single, double panelMean) {

    /** Nominees with fewer than two sheets say nothing about agreement and are left out. */
    public static Optional<InterRaterAgreement> of(List<List<Double>> totalsByNominee) {
        List<List<Double>> groups =
                totalsByNominee.stream().filter(g -> g.size() >= 2).toList();
        int n = groups.size();
        int count = groups.stream().mapToInt(List::size).sum();
        if (n < 2) {
            return Optional.empty();
        }
        double grandMean = groups.stream()
                        .flatMap(List::stream)
                        .mapToDouble(Double::doubleValue)
                        .sum()
                / count;
        double between = 0;
        double within = 0;
        double sumOfSquaredSizes = 0;
        for (List<Double> group : groups) {
            double mean =
                    group.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            between += group.size() * (mean - grandMean) * (mean - grandMean);
            for (double x : group) {
                within += (x - mean) * (x - mean);
            }
            sumOfSquaredSizes += (double) group.size() * group.size();
        }
        double msBetween = between / (n - 1);
        double msWithin = within / (count - n);
        double k0 = (count - sumOfSquaredSizes / count) / (n - 1);
        double singleDenominator = msBetween + (k0 - 1) * msWithin;
        if (msBetween == 0 || singleDenominator == 0) {
            return Optional.empty();
        }
        return Optional.of(new InterRaterAgreement(
                n, count, (msBetween - msWithin) / singleDenominator, (msBetween - msWithin) / msBetween));
    }
}
