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
public class ScoreDossierController {

    private final ScoreDossierService dossiers;
    private final ReportReaders readers;

    public ScoreDossierController(ScoreDossierService dossiers, ReportReaders readers) {
        this.dossiers = dossiers;
        this.readers = readers;
    }

    @GetMapping("/api/nominations/{nominationId}/dossier.xlsx")
    @Operation(summary = "评分档案（Excel）：全部评分表逐项对照评定标准，含合议前的评分；评审办公室看到专家姓名，评审委员会和市政府审定人员看到E1…En")
    public ResponseEntity<byte[]> dossier(@PathVariable long nominationId) {
        ScoreDossier dossier = dossiers.dossier(nominationId, readers.namesExperts("评分档案"));
        return XlsxDownload.of(
                "dossier-" + dossier.nomination().referenceNo() + ".xlsx",
                dossier.nomination().referenceNo() + "-评分档案.xlsx",
                ScoreDossierWorkbook.write(dossier));
    }
}
