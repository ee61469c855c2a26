package cn.wuhan.qualityaward.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.wuhan.qualityaward.nomination.Nomination;
import cn.wuhan.qualityaward.nomination.NominationStatus;
import cn.wuhan.qualityaward.nomination.Track;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PanelSelectionTest {

    private static final Set<Track> ALL = EnumSet.allOf(Track.class);

    @Test
    void neverSeatsAnExpertFromTheNomineesOrganisationOrRecommendingUnitOrWithADeclaredRelationship() {
        List<ExpertProfile> pool = List.of(
                new ExpertProfile("colleague", "武汉钢铁集团", ALL, List.of()),
                new ExpertProfile("recommender", "青山区质量强区办", ALL, List.of()),
                new ExpertProfile("friend", "武汉大学", ALL, List.of("王芳")),
                new ExpertProfile("a", "华中科技大学", ALL, List.of()),
                new ExpertProfile("b", "武汉理工大学", ALL, List.of()),
                new ExpertProfile("c", "湖北省标准化研究院", ALL, List.of()));

        List<String> panel = PanelSelection.choose(nominee(1, "王芳", "武汉钢铁集团", "青山区质量强区办"), pool, Map.of(), Set.of(), 3);

        assertThat(panel).containsExactly("a", "b", "c");
    }

    @Test
    void expertsOfTheNomineesOrganisationWrittenWithFullWidthBracketsAreConflicted() {
        List<ExpertProfile> pool = List.of(
                new ExpertProfile("a", "武汉光谷测试（集团）有限公司", ALL, List.of()),
                new ExpertProfile("b", "武汉光谷测试（集团）有限公司", ALL, List.of()),
                new ExpertProfile("c", "武汉光谷测试（集团）有限公司", ALL, List.of()),
                new ExpertProfile("d", "华中科技大学", ALL, List.of()));

        assertThatThrownBy(() -> PanelSelection.choose(
                        nominee(1, "王芳", "武汉光谷测试(集团)有限公司", "东湖高新区质量办"), pool, Map.of(), Set.of(), 3))
                .isInstanceOf(PanelUnavailableException.class)
                .hasMessageContaining("存在利益冲突或已回避3名");
    }

    @Test
    void lookAlikeNamesAndOrganisationsAreConflictsOfInterest() {
        Nomination nominee = nominee(1, "阿依古丽·买买提", "武汉 光谷测试有限公司", "东湖高新区质量办");

        assertThat(new ExpertProfile("e", "ＷＵＨＡＮ大学", ALL, List.of("阿依古丽•买买提")).conflictWith(nominee))
                .isPresent();
        assertThat(new ExpertProfile("e", "武汉光谷测试有限公司\u3000", ALL, List.of()).conflictWith(nominee))
                .isPresent();
        assertThat(new ExpertProfile("e", "华中科技大学", ALL, List.of("东湖高新区\u200B质量办")).conflictWith(nominee))
                .isPresent();
        assertThat(new ExpertProfile("e", "华中科技大学", ALL, List.of("武汉光谷测试有限公司")).conflictWith(nominee))
                .isPresent();
        assertThat(new ExpertProfile("e", "华中科技大学", ALL, List.of("阿依古丽")).conflictWith(nominee))
                .isEmpty();
    }

    @Test
    void seatsOnlyExpertsQualifiedForTheScoringTrack() {
        List<ExpertProfile> pool = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            pool.add(new ExpertProfile(
                    "e" + i,
                    "单位" + i,
                    i % 2 == 0 ? EnumSet.of(Track.STAFF) : EnumSet.of(Track.SENIOR_MANAGER),
                    List.of()));
        }

        assertThat(PanelSelection.choose(nominee(1, "甲", "某公司", "某区"), pool, Map.of(), Set.of(), 3))
                .containsExactlyInAnyOrder("e0", "e2", "e4");
    }

    @Test
    void aPoolTooSmallOnceConflictsAreRemovedIsRefusedNotShrunk() {
        List<ExpertProfile> pool = List.of(
                new ExpertProfile("a", "某公司", ALL, List.of()),
                new ExpertProfile("b", "甲单位", ALL, List.of()),
                new ExpertProfile("c", "乙单位", EnumSet.of(Track.SENIOR_MANAGER), List.of()));

        assertThatThrownBy(() -> PanelSelection.choose(nominee(1, "甲", "某公司", "某区"), pool, Map.of(), Set.of(), 3))
                .isInstanceOf(PanelUnavailableException.class)
                .hasMessageContaining("评审组需要3名专家，专家库中可用的只有1名（不能评审该类别1名，存在利益冲突或已回避1名）");
    }

    @Test
    void loadsStayWithinOneOfEachOtherAfterEveryNominationWhenNoExpertIsConflicted() {
        Map<String, Integer> load = new HashMap<>();
        for (int n = 0; n < 200; n++) {
            List<String> panel =
                    PanelSelection.choose(nominee(n, "被推荐人" + n, "企业" + n, "推荐单位" + n), POOL_OF_25, load, Set.of(), 5);
            panel.forEach(e -> load.merge(e, 1, Integer::sum));
            assertThat(spread(load)).as("after nomination " + n).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void loadsEvenOutOverTwoHundredNominationsWhenEachNomineeConflictsWithOneExpert() {
        Map<String, Integer> load = new HashMap<>();
        Random random = new Random(20261125);
        for (int n = 0; n < 200; n++) {
            // the nominee works at one expert's organisation: that expert sits this one out, and
            // catches up on the next nominations
            int conflicted = random.nextInt(25);
            Nomination nominee = nominee(n, "被推荐人" + n, "单位" + conflicted, "推荐单位" + n);
            List<String> panel = PanelSelection.choose(nominee, POOL_OF_25, load, Set.of(), 5);

            assertThat(panel)
                    .hasSize(5)
                    .doesNotHaveDuplicates()
                    .doesNotContain(String.format("expert%02d", conflicted));
            panel.forEach(e -> load.merge(e, 1, Integer::sum));
            assertThat(spread(load)).as("after nomination " + n).isLessThanOrEqualTo(2);
        }
        assertThat(spread(load)).isLessThanOrEqualTo(1);
        assertThat(load.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(1000);
    }

    private static final List<ExpertProfile> POOL_OF_25 = new ArrayList<>();

    static {
        for (int i = 0; i < 25; i++) {
            POOL_OF_25.add(new ExpertProfile(String.format("expert%02d", i), "单位" + i, ALL, List.of()));
        }
    }

    private static int spread(Map<String, Integer> load) {
        int max = POOL_OF_25.stream()
                .mapToInt(p -> load.getOrDefault(p.expertId(), 0))
                .max()
                .orElse(0);
        int min = POOL_OF_25.stream()
                .mapToInt(p -> load.getOrDefault(p.expertId(), 0))
                .min()
                .orElse(0);
        return max - min;
    }

    private static Nomination nominee(long id, String name, String organization, String recommendingUnit) {
        return new Nomination(
                id,
                "2026",
                "2026-" + id,
                name,
                organization,
                "职务",
                recommendingUnit,
                "事迹",
                Track.STAFF,
                null,
                NominationStatus.SCORING,
                null);
    }
}
