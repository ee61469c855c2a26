package cn.wuhan.qualityaward.report;

import cn.wuhan.qualityaward.api.Forbidden;
import cn.wuhan.qualityaward.api.NotFound;
import cn.wuhan.qualityaward.cycle.AwardCycleService;
import cn.wuhan.qualityaward.identity.CurrentUser;
import cn.wuhan.qualityaward.identity.Groups;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "评审排名", description = "评选周期的排名与评分汇总")
@SecurityRequirement(name = "basic")
public class RankingController {

  private final RankingReportService reports;
  private final AwardCycleService cycles;
  private final CurrentUser user;

  public RankingController(RankingReportService reports, AwardCycleService cycles, CurrentUser user) {
    this.reports = reports;
    this.cycles = cycles;
    this.user = user;
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
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(cycleId + "-评审排名.xlsx", StandardCharsets.UTF_8).build().toString())
        .body(RankingWorkbook.write(name, ranking));
  }

  private List<RankingEntry> readable(String cycleId) {
    boolean office = user.isOffice();
    if (!office && !user.isIn(Groups.COMMITTEE) && !user.isIn(Groups.APPROVERS)) {
      throw new Forbidden("评审排名仅供评审办公室、评审委员会和市政府审定人员查看");
    }
    if (cycles.find(cycleId).isEmpty()) {
      throw new NotFound("评选周期“" + cycleId + "”不存在");
    }
    return reports.report(cycleId, office);
  }
}
