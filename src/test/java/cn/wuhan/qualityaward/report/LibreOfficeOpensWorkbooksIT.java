package cn.wuhan.qualityaward.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.wuhan.qualityaward.criteria.rubric.RubricItem;
import cn.wuhan.qualityaward.criteria.rubric.RubricLoader;
import cn.wuhan.qualityaward.criteria.rubric.RubricSheet;
import cn.wuhan.qualityaward.nomination.Nomination;
import cn.wuhan.qualityaward.nomination.NominationStatus;
import cn.wuhan.qualityaward.nomination.Track;
import cn.wuhan.qualityaward.scoring.ScoreSummary;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The office opens the exports in LibreOffice as well as Excel: each workbook is converted by a
 * headless LibreOffice to CSV, every sheet, and read back. Text that looks like a formula must come
 * out as the text itself, never as a computed value.
 */
class LibreOfficeOpensWorkbooksIT {

    static final Path SOFFICE = Path.of("/usr/bin/soffice");
    static final Path OUT = Path.of("target", "libreoffice");
    static final String HOSTILE_NAME = "=HYPERLINK(\"http://evil.example\",\"点我\")";

    @BeforeAll
    static void libreOfficeIsInstalled() throws IOException {
        assumeTrue(Files.isExecutable(SOFFICE), "LibreOffice is not installed; .ci/run installs it");
        Files.createDirectories(OUT);
    }

    @Test
    void opensTheRankingWithItsChineseHeadersAndFormulaLikeNamesAsText() throws Exception {
        byte[] xlsx = RankingWorkbook.write(
                "2026年度",
                List.of(entry(1, "WH-2026-0002", "张伟", "92.5"), entry(2, "WH-2026-0001", HOSTILE_NAME, "80")));

        Map<String, List<String>> sheets = convert("ranking", xlsx);

        List<String> lines = sheets.get("评审排名");
        assertThat(lines.get(1)).startsWith("名次,申报编号,被推荐人,评审类别,最终得分");
        assertThat(lines.get(2)).startsWith("1,WH-2026-0002,张伟,员工,92.5");
        // kept as text behind an apostrophe, never turned into a link
        assertThat(lines.get(3)).startsWith("2,WH-2026-0001,\"'=HYPERLINK(\"\"http://evil.example\"\"");
    }

    @Test
    void opensEverySheetOfAScoreDossier() throws Exception {
        RubricSheet rubric = RubricLoader.load().sheetFor(Track.STAFF);
        Map<String, BigDecimal> items = new LinkedHashMap<>();
        rubric.items().forEach(i -> items.put(i.id(), i.points()));
        BigDecimal full = rubric.totalPoints();
        ScoreDossier dossier = new ScoreDossier(
                new Nomination(
                        7,
                        "2026",
                        "WH-2026-0007",
                        "王芳",
                        "武汉某公司",
                        "质量工程师",
                        "某推荐单位",
                        "事迹",
                        Track.STAFF,
                        null,
                        NominationStatus.EVALUATED,
                        full),
                rubric,
                new ScoreSummary(2, full, full, full, BigDecimal.ZERO, false),
                List.of(sheet("E1", items, full, "事迹突出"), sheet("E2", items, full, "+同意")),
                List.of(sheet("E2", items, full, "合议前")),
                Optional.of(new ScoreDossier.Moderation("E1", List.of("E2"), "请E2重新评分", BigDecimal.TEN)));

        Map<String, List<String>> sheets = convert("dossier", ScoreDossierWorkbook.write(dossier));

        assertThat(sheets).containsOnlyKeys("评分概况", "评分明细", "合议前评分");
        assertThat(sheets.get("评分概况")).contains("被推荐人,王芳", "是否合议,是", "合议主持,E1");
        RubricItem first = rubric.items().get(0);
        assertThat(sheets.get("评分明细").get(0)).isEqualTo("评价内容,评价维度,评分要点,分值,E1,E2");
        assertThat(sheets.get("评分明细").get(1)).startsWith("基本条件,政治素质,").contains(first.text());
        assertThat(sheets.get("评分明细")).contains("合计,,,100,100,100").anyMatch(l -> l.endsWith(",事迹突出,'+同意"));
        assertThat(sheets.get("合议前评分").get(0)).endsWith(",E2");
    }

    @Test
    void opensTheNoticeListAndTheCycleSummary() throws Exception {
        Map<String, List<String>> notice = convert(
                "notice",
                NoticeListWorkbook.write(
                        "2026年度",
                        List.of(new NoticeListEntry(
                                1, "WH-2026-0002", "张伟", "武汉某公司", "总经理", "高层管理者", "公示中", 1, false))));
        Map<String, List<String>> summary = convert(
                "summary",
                CycleSummaryWorkbook.write(new CycleSummary(
                        "2026",
                        "2026年度",
                        List.of(new CycleSummary.TrackAgreement(
                                "员工",
                                6,
                                18,
                                new BigDecimal("81.25"),
                                new BigDecimal("0.612"),
                                new BigDecimal("0.826"))),
                        List.of(new CycleSummary.ExpertRow("X1", 6, new BigDecimal("2.5"), new BigDecimal("3.1"))))));

        assertThat(notice.get("公示名单"))
                .contains("序号,申报编号,姓名,工作单位,职务,评审类别,状态,评审名次", "1,WH-2026-0002,张伟,武汉某公司,总经理,高层管理者,公示中,1");
        assertThat(summary.get("评分一致性")).contains("员工,6,18,81.25,0.612,0.826");
        assertThat(summary.get("专家宽严度")).contains("X1,6,2.5,3.1");
    }

    private static RankingEntry entry(int rank, String referenceNo, String name, String score) {
        BigDecimal s = new BigDecimal(score);
        return new RankingEntry(
                rank,
                false,
                null,
                rank,
                referenceNo,
                name,
                "员工",
                s,
                s,
                s,
                BigDecimal.ONE,
                3,
                false,
                List.of(new RankingEntry.SheetTotal("E1", s)),
                null);
    }

    private static ScoreDossier.Sheet sheet(
            String expert, Map<String, BigDecimal> items, BigDecimal total, String comment) {
        return new ScoreDossier.Sheet(expert, items, total, comment, Instant.parse("2026-05-01T02:00:00Z"));
    }

    /** Every sheet of the workbook as the CSV lines LibreOffice writes for it, by sheet name. */
    private static Map<String, List<String>> convert(String name, byte[] xlsx) throws Exception {
        Path dir = Files.createDirectories(OUT.resolve(name)).toAbsolutePath();
        Path file = dir.resolve(name + ".xlsx");
        Files.write(file, xlsx);
        Process soffice = new ProcessBuilder(
                        SOFFICE.toString(),
                        "--headless",
                        "--norestore",
                        "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                        // UTF-8 (76), comma-separated, every sheet to its own file (-1)
                        "--convert-to",
                        "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
                        "--outdir",
                        dir.toString(),
                        file.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("soffice.log").toFile())
                .start();
        assertThat(soffice.waitFor(120, TimeUnit.SECONDS))
                .as("LibreOffice finished")
                .isTrue();
        assertThat(soffice.exitValue())
                .as(Files.readString(dir.resolve("soffice.log")))
                .isZero();
        Map<String, List<String>> sheets = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path csv : files.filter(p -> p.getFileName().toString().endsWith(".csv"))
                    .toList()) {
                String sheet = csv.getFileName()
                        .toString()
                        .replaceFirst("^" + name + "-", "")
                        .replaceFirst("\\.csv$", "");
                sheets.put(sheet, Files.readAllLines(csv, StandardCharsets.UTF_8));
            }
        }
        assertThat(sheets).as("LibreOffice wrote the sheets of " + name).isNotEmpty();
        return sheets;
    }
}
