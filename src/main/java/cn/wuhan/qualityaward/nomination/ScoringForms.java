package cn.wuhan.qualityaward.nomination;

import java.util.Locale;

/** Ids of the generated score-sheet forms, one per scoring track: score-senior-manager… */
public final class ScoringForms {

    private ScoringForms() {}

    public static String formKey(Track scoringTrack) {
        return "score-" + scoringTrack.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
