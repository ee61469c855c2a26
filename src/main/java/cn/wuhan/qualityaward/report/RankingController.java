package cn.wuhan.qualityaward.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "评审排名", description = "评选周期的排名与评分汇总")
@SecurityRequirement(name = "basic")
public class RankingController {

    private final RankingReportService reports;
    private final KnownCycles cycles;
    private final ReportReaders readers;

    public RankingController(RankingReportService reports, KnownCycles cycles, ReportReaders readers) {
        this.reports = reports;
        this.cycles = cycles;
        this.readers = readers;
    }

    @GetMapping("/api/cycles/{cycleId}/ranking")
    @Operation(summary = "评审排名：评审办公室看到专家姓名，评审委员会和市政府审定人员看到匿名的E1…En；评审专家不能查看")
    public List<RankingEntry> ranking(@PathVariable String cycleId) {
        return readable(cycleId);
    }

    @GetMapping("/api/cycles/{cycleId}/ranking.xlsx")
    @Operation(summary = "评审排名（Excel），权限同上")
    public ResponseEntity<byte[]> workbook(@PathVariable String cycleId) {
        List<RankingEntry> ranking = readable(cycleId);
        String name = cycles.get(cycleId).name();
        return XlsxDownload.of(
                "ranking-" + cycleId + ".xlsx", cycleId + "-评审排名.xlsx", RankingWorkbook.write(name, ranking));
    }

    private List<RankingEntry> readable(String cycleId) {
        boolean office = readers.namesExperts("评审排名");
        cycles.get(cycleId);
        return reports.report(cycleId, office);
    }
}
