package cn.wuhan.qualityaward.report;

import cn.wuhan.qualityaward.cycle.AwardCycle;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The published list is public: anyone logged in may read it. */
@RestController
@Tag(name = "公示", description = "拟表彰人员名单")
@SecurityRequirement(name = "basic")
public class NoticeListController {

    private final NoticeListService notices;
    private final KnownCycles cycles;

    public NoticeListController(NoticeListService notices, KnownCycles cycles) {
        this.notices = notices;
        this.cycles = cycles;
    }

    @GetMapping("/api/cycles/{cycleId}/notice")
    @Operation(summary = "公示名单：评审委员会提出的拟表彰人员及其当前状态；名单公示后可查")
    public List<NoticeListEntry> list(@PathVariable String cycleId) {
        return notices.list(cycles.get(cycleId));
    }

    @GetMapping("/api/cycles/{cycleId}/notice.xlsx")
    @Operation(summary = "公示名单（Excel）")
    public ResponseEntity<byte[]> workbook(@PathVariable String cycleId) {
        AwardCycle cycle = cycles.get(cycleId);
        return XlsxDownload.of(
                "notice-" + cycleId + ".xlsx",
                cycleId + "-公示名单.xlsx",
                NoticeListWorkbook.write(cycle.name(), notices.list(cycle)));
    }
}
