package cn.wuhan.qualityaward.nomination;

import cn.wuhan.qualityaward.common.CanonicalText;
import cn.wuhan.qualityaward.common.Problems;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/** Field checks shared by every way a nomination comes in (Tasklist start form, portal API). */
final class NominationValidator {

    private static final int EARLIEST_YEAR = 1949;
    /**
     * A mainland mobile number (11 digits, 13x–19x), or a landline: area code 0 + 2–3 digits, an optional
     * hyphen, a 7–8 digit number, and an optional extension of 1–6 digits after a hyphen. At most 20
     * characters, the column's width (V9).
     */
    private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}(-\\d{1,6})?");

    private NominationValidator() {}

    static final int JUSTIFICATION_MAX = 500;
    /** The input values of the trackProposal decision. */
    static final Set<String> POSITION_LEVELS = Set.of("SENIOR", "MIDDLE", "FRONTLINE", "OTHER");

    /** {@code today} by the engine's clock bounds the birth date of an ID number. */
    static Problems check(NominationRequest r, int cycleYear, Set<String> knownConditions, LocalDate today) {
        Problems problems = new Problems();
        text(problems, "cycleId", r.cycleId(), "评选周期", 32);
        text(problems, "nomineeName", r.nomineeName(), "被推荐人姓名", 50);
        text(problems, "organization", r.organization(), "工作单位", 200);
        text(problems, "position", r.position(), "职务或岗位", 100);
        text(problems, "title", r.title(), "职称", 50);
        if (CanonicalText.isBlank(r.phone())) {
            problems.add("phone", "REQUIRED", "请填写联系电话");
        } else if (!PHONE.matcher(CanonicalText.trim(r.phone())).matches()) {
            problems.add(
                    "phone",
                    "PHONE_INVALID",
                    "联系电话须为11位手机号码（如13907131234）或带区号的固定电话（如027-87654321，分机写作027-87654321-806）");
        }
        if (r.positionLevel() == null || r.positionLevel().isBlank()) {
            problems.add("positionLevel", "REQUIRED", "请选择职务层级（高层管理、中层管理、一线员工或其他人员）");
        } else if (!POSITION_LEVELS.contains(r.positionLevel())) {
            problems.add("positionLevel", "INVALID", "职务层级须为 SENIOR、MIDDLE、FRONTLINE 或 OTHER 之一");
        }
        text(problems, "recommendingUnit", r.recommendingUnit(), "推荐单位", 200);
        text(problems, "recommendingOpinion", r.recommendingOpinion(), "推荐单位意见", 2000);
        text(problems, "summary", r.summary(), "主要事迹简介", 4000);
        if (r.idNumber() != null
                && !r.idNumber().isBlank()
                && !CitizenIdNumber.isValid(r.idNumber().trim(), today)) {
            problems.add("idNumber", "ID_NUMBER_INVALID", "公民身份号码不是有效的18位号码（出生日期须在1900年1月1日到今天之间，校验码须正确）");
        }
        if (r.qualityWorkYears() == null) {
            problems.add("qualityWorkYears", "REQUIRED", "请填写在汉从事质量工作年限");
        } else if (r.qualityWorkYears() < 0 || r.qualityWorkYears() > 60) {
            problems.add("qualityWorkYears", "OUT_OF_RANGE", "在汉从事质量工作年限须在0到60年之间");
        }
        year(problems, "majorIncidentYear", r.majorIncidentYear(), "最近一次重大质量、安全、环境或公共卫生事件年份", cycleYear);
        year(problems, "illegalConductYear", r.illegalConductYear(), "最近一次违法违纪行为年份", cycleYear);
        year(problems, "badCreditYear", r.badCreditYear(), "最近一次严重失信记录年份", cycleYear);
        year(problems, "awardFraudYear", r.awardFraudYear(), "最近一次质量奖申报弄虚作假年份", cycleYear);
        year(problems, "lastAwardYear", r.lastAwardYear(), "上次获得本奖项年份", cycleYear);
        Set<String> seen = new HashSet<>();
        for (ClaimedCondition claim : r.claimedConditions()) {
            if (claim == null
                    || claim.conditionId() == null
                    || claim.conditionId().isBlank()) {
                problems.add("claimedConditions", "REQUIRED", "所申报的其他人员条件须写明条件编号");
                continue;
            }
            String field = "justification_" + claim.conditionId();
            if (!knownConditions.contains(claim.conditionId())) {
                problems.add("claimedConditions", "CONDITION_UNKNOWN", "“" + claim.conditionId() + "”不是评定标准所列的其他人员条件");
            } else if (!seen.add(claim.conditionId())) {
                problems.add("claimedConditions", "CONDITION_REPEATED", "同一条件只能申报一次");
            } else if (claim.justification() == null || claim.justification().isBlank()) {
                problems.add(field, "JUSTIFICATION_REQUIRED", "请为所申报的每项其他人员条件填写简要说明");
            } else if (claim.justification().length() > JUSTIFICATION_MAX) {
                problems.add(field, "TOO_LONG", "条件说明不能超过" + JUSTIFICATION_MAX + "个字");
            }
        }
        if (!Boolean.TRUE.equals(r.materialsDeclaredTrue())) {
            problems.add("materialsDeclaredTrue", "DECLARATION_MISSING", "被推荐人须声明所提交材料真实有效");
        }
        return problems;
    }

    /** Text with nothing visible in it (only spaces or invisible characters of any kind) is missing. */
    private static void text(Problems problems, String field, String value, String label, int max) {
        if (CanonicalText.isBlank(value)) {
            problems.add(field, "REQUIRED", "请填写" + label);
        } else if (CanonicalText.trim(value).length() > max) {
            problems.add(field, "TOO_LONG", label + "不能超过" + max + "个字");
        }
    }

    private static void year(Problems problems, String field, Integer value, String label, int cycleYear) {
        if (value != null && (value < EARLIEST_YEAR || value > cycleYear)) {
            problems.add(field, "YEAR_OUT_OF_RANGE", label + "须在" + EARLIEST_YEAR + "年到" + cycleYear + "年之间");
        }
    }
}
