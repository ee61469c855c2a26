package cn.wuhan.qualityaward.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "评审排名", description = "评选周期的排名与评分汇总")
@SecurityRequirement(name = "basic")
public class CycleSummaryController {

    private final CycleSummaryService summaries;
    private final KnownCycles cycles;
    private final ReportReaders readers;

    public CycleSummaryController(CycleSummaryService summaries, KnownCycles cycles, ReportReaders readers) {
        this.summaries = summaries;
        this.cycles = cycles;
        this.readers = readers;
    }

    @GetMapping("/api/cycles/{cycleId}/summary")
    @Operation(summary = "评审情况汇总：各评审类别的评分一致性（ICC）与各专家的宽严度；评审办公室看到专家姓名，其他人看到X1…Xn")
    public CycleSummary summary(@PathVariable String cycleId) {
        boolean named = readers.namesExperts("评审情况汇总");
        return summaries.summary(cycles.get(cycleId), named);
    }

    @GetMapping("/api/cycles/{cycleId}/summary.xlsx")
    @Operation(summary = "评审情况汇总（Excel），权限同上")
    public ResponseEntity<byte[]> workbook(@PathVariable String cycleId) {
        CycleSummary summary = summary(cycleId);
        return XlsxDownload.of(
                "summary-" + cycleId + ".xlsx", cycleId + "-评审情况汇总.xlsx", CycleSummaryWorkbook.write(summary));
    }
}
