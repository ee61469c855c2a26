package cn.wuhan.qualityaward.cycle;

import cn.wuhan.qualityaward.engine.StartFormChoices;
import cn.wuhan.qualityaward.nomination.NominationProcess;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The 个人奖申报 start form offers the cycles that take nominations now, instead of a typed cycle id. */
@Component
public class NominationFormChoices implements StartFormChoices {

    private static final DateTimeFormatter DEADLINE =
            DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private final AwardCycleService cycles;

    public NominationFormChoices(AwardCycleService cycles) {
        this.cycles = cycles;
    }

    @Override
    public String formId() {
        return "nomination";
    }

    @Override
    public Map<String, Options> choices() {
        return Map.of(
                NominationProcess.Variables.CYCLE_ID.name(),
                new Options(
                        cycles.takingNominations().stream()
                                .map(c -> new Choice(
                                        c.id() + " " + c.name() + "（申报截止：" + DEADLINE.format(c.nominationDeadline())
                                                + "）",
                                        c.id()))
                                .toList(),
                        "当前没有正在征集申报的评选周期，暂不能申报；请联系评审办公室。"));
    }
}
