package cn.wuhan.qualityaward.criteria.rubric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.wuhan.qualityaward.nomination.Track;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RubricTest {

    private static final Rubric RUBRIC = RubricLoader.load();
    /** The official criteria document, where the repository sits beside the shared folder. */
    private static final Path SEED_DIR = Path.of("..", "shared", "seed");
    /** The official 评定标准细则, kept with the tests so the word-for-word check runs on any checkout. */
    private static final Path CRITERIA = Path.of("src", "test", "resources", "criteria", "评定标准细则.txt");

    @ParameterizedTest
    @EnumSource(
            value = Track.class,
            names = {"SENIOR_MANAGER", "MIDDLE_MANAGER", "STAFF"})
    void eachSheetIsBasic15PlusProfessional15PlusKey70(Track track) {
        RubricSheet sheet = RUBRIC.sheetFor(track);

        assertThat(sheet.parts()).extracting(RubricPart::name).containsExactly("基本条件", "职业素养", "关键要求");
        assertThat(sheet.parts()).extracting(p -> p.points().intValue()).containsExactly(15, 15, 70);
        assertThat(sheet.totalPoints()).isEqualByComparingTo("100");
    }

    @ParameterizedTest
    @EnumSource(
            value = Track.class,
            names = {"SENIOR_MANAGER", "MIDDLE_MANAGER", "STAFF"})
    void itemsAddUpToTheirDimensionAndDimensionsToTheirPart(Track track) {
        for (RubricPart part : RUBRIC.sheetFor(track).parts()) {
            BigDecimal dimensions = BigDecimal.ZERO;
            for (RubricDimension dimension : part.dimensions()) {
                BigDecimal items =
                        dimension.items().stream().map(RubricItem::points).reduce(BigDecimal.ZERO, BigDecimal::add);
                assertThat(items).as(dimension.name()).isEqualByComparingTo(dimension.points());
                dimensions = dimensions.add(dimension.points());
            }
            assertThat(dimensions).as(part.name()).isEqualByComparingTo(part.points());
        }
    }

    @Test
    void theSeniorManagersSocialImpactTakesTheThreePointsTheSeedLeavesUnstated() {
        RubricDimension results = RUBRIC.track(Track.SENIOR_MANAGER).keyPart().dimensions().stream()
                .filter(d -> d.name().equals("结果"))
                .findFirst()
                .orElseThrow();
        RubricItem socialImpact = results.items().stream()
                .filter(i -> "社会影响".equals(i.heading()))
                .findFirst()
                .orElseThrow();

        assertThat(socialImpact.points()).isEqualByComparingTo("3");
        assertThat(socialImpact.pointsNote()).contains("18").contains("15");
        assertThat(results.items().stream().filter(i -> i.pointsNote() != null)).containsExactly(socialImpact);
    }

    @Test
    void otherPersonsAreJudgedByAReferenceTrackAndMustMeetAListedCondition() {
        RubricTrack other = RUBRIC.track(Track.OTHER);

        assertThat(other.keyPart()).isNull();
        assertThat(other.referenceRule()).isEqualTo("参照以上三类人员评审内容酌情评价");
        assertThat(other.referenceTracks()).containsExactly("SENIOR_MANAGER", "MIDDLE_MANAGER", "STAFF");
        assertThat(other.conditions()).hasSize(7);
    }

    @Test
    void everyItemAndConditionReadsWordForWordAsInTheCriteriaDocument() throws IOException {
        String seed = read(CRITERIA);
        String compact = seed.replaceAll("\\s", "");
        for (Track track : new Track[] {Track.SENIOR_MANAGER, Track.MIDDLE_MANAGER, Track.STAFF}) {
            for (RubricItem item : RUBRIC.sheetFor(track).items()) {
                assertThat(compact).as(item.id()).contains(item.text().replaceAll("\\s", ""));
                if (item.pointsNote() == null) {
                    assertThat(compact)
                            .contains(item.text().replaceAll("\\s", "") + "（"
                                    + item.points().stripTrailingZeros().toPlainString() + "分）");
                }
            }
        }
        RUBRIC.track(Track.OTHER)
                .conditions()
                .forEach(c -> assertThat(compact).contains("——" + c.text().replaceAll("\\s", "")));
    }

    @Test
    void theCriteriaDocumentKeptWithTheTestsIsTheOfficialOne() throws IOException {
        assumeTrue(Files.isDirectory(SEED_DIR), "the shared criteria document is not beside this checkout");
        String official;
        try (Stream<Path> files = Files.list(SEED_DIR)) {
            official = files.filter(f -> f.toString().endsWith(".txt"))
                    .map(RubricTest::read)
                    .reduce("", String::concat);
        }
        assertThat(read(CRITERIA)).isEqualTo(official);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
