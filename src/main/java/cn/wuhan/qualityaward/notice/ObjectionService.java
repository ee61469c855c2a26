package cn.wuhan.qualityaward.notice;

import cn.wuhan.qualityaward.committee.CommitteeService;
import cn.wuhan.qualityaward.common.InvalidInputException;
import cn.wuhan.qualityaward.common.Problems;
import cn.wuhan.qualityaward.cycle.AwardCycle;
import cn.wuhan.qualityaward.cycle.AwardCycleService;
import cn.wuhan.qualityaward.cycle.CycleStatus;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 公示异议: in writing, under a real name, within the notice period, about a candidate on the list.
 * The office investigates; the committee dismisses it or upholds it and the candidate is withdrawn.
 */
@Service
public class ObjectionService {

  private static final Set<String> NOT_A_NAME = Set.of("匿名", "无名", "无名氏", "不愿透露", "群众", "知情人", "某某", "anonymous");

  private final ObjectionRepository objections;
  private final AwardCycleService cycles;
  private final CommitteeService committee;
  private final Clock clock;

  public ObjectionService(
      ObjectionRepository objections, AwardCycleService cycles, CommitteeService committee, Clock clock) {
    this.objections = objections;
    this.cycles = cycles;
    this.committee = committee;
    this.clock = clock;
  }

  @Transactional
  public long file(ObjectionRequest r, String filedBy) {
    Problems problems = new Problems();
    Optional<AwardCycle> cycle = r.cycleId() == null ? Optional.empty() : cycles.find(r.cycleId());
    if (cycle.isEmpty()) {
      problems.add("cycleId", "CYCLE_NOT_FOUND", "评选周期“" + r.cycleId() + "”不存在");
    } else if (cycle.get().status() != CycleStatus.PUBLIC_NOTICE) {
      problems.add("cycleId", "NOT_IN_NOTICE", "评选周期“" + r.cycleId() + "”不在公示期内，不受理异议");
    } else if (r.nominationId() == null || !committee.proposed(r.cycleId()).contains(r.nominationId())) {
      problems.add("nominationId", "NOT_ON_LIST", "被提出异议的人不在本期公示名单中");
    }
    String name = r.objectorName() == null ? "" : r.objectorName().strip();
    if (name.isEmpty() || NOT_A_NAME.contains(name.toLowerCase(java.util.Locale.ROOT))) {
      problems.add("objectorName", "REAL_NAME_REQUIRED", "异议须署真实姓名，不受理匿名异议");
    } else if (name.length() > 50) {
      problems.add("objectorName", "TOO_LONG", "姓名不能超过50个字");
    }
    text(problems, "objectorContact", r.objectorContact(), "请填写联系方式", 100);
    text(problems, "grounds", r.grounds(), "请写明异议的事实和理由", 4000);
    problems.throwIfAny();
    return objections.insert(r, filedBy, clock.instant());
  }

  @Transactional
  public void recordFinding(long id, String finding) {
    if (finding == null || finding.isBlank()) {
      throw InvalidInputException.of("finding", "REQUIRED", "请填写调查情况");
    }
    new Problems().limit("finding", finding, "调查情况", 4000).throwIfAny();
    objections.recordFinding(id, finding.strip());
  }

  /** Returns whether the objection is upheld. */
  @Transactional
  public boolean decide(long id, String decision, String reason, String actor) {
    Problems problems = new Problems();
    if (!"DISMISS".equals(decision) && !"UPHOLD".equals(decision)) {
      problems.add("objectionDecision", "REQUIRED", "请选择异议不成立或异议成立");
    }
    if (reason == null || reason.isBlank()) {
      problems.add("objectionReason", "REQUIRED", "请写明处理理由");
    }
    // an upheld objection's reason is also recorded, behind "异议成立：", as the candidate's withdrawal
    problems.limit("objectionReason", reason, "处理理由", 1000);
    problems.throwIfAny();
    boolean upheld = "UPHOLD".equals(decision);
    objections.decide(id, upheld ? ObjectionStatus.UPHELD : ObjectionStatus.DISMISSED, reason.strip());
    if (upheld) {
      committee.withdraw(objections.cycleOf(id), objections.nominationOf(id), "异议成立：" + reason.strip(), actor);
    }
    return upheld;
  }

  public boolean anyOpen(String cycleId) {
    return objections.openIn(cycleId) > 0;
  }

  public ObjectionOutcome outcome(long id) {
    return objections.outcome(id);
  }

  public String cycleOf(long id) {
    return objections.cycleOf(id);
  }

  private static void text(Problems problems, String field, String value, String missing, int max) {
    if (value == null || value.isBlank()) {
      problems.add(field, "REQUIRED", missing);
    } else if (value.length() > max) {
      problems.add(field, "TOO_LONG", "不能超过" + max + "个字");
    }
  }
}
