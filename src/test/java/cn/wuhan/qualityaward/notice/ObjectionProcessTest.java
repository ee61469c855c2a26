package cn.wuhan.qualityaward.notice;

import static cn.wuhan.qualityaward.support.NominationBuilder.aNomination;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.wuhan.qualityaward.committee.CommitteeService;
import cn.wuhan.qualityaward.cycle.AwardCycleProcess;
import cn.wuhan.qualityaward.nomination.NominationProcess;
import cn.wuhan.qualityaward.notice.ObjectionProcess.Elements;
import cn.wuhan.qualityaward.support.AwardIntegrationTest;
import cn.wuhan.qualityaward.support.AwardScenario;
import cn.wuhan.qualityaward.support.RestClient;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** 公示异议: filed in the notice, investigated by the office, decided by the committee. */
@AwardIntegrationTest
class ObjectionProcessTest {

  @Autowired ProcessEngine engine;
  @Autowired AwardScenario scenario;
  @Autowired CommitteeService committee;
  @Autowired cn.wuhan.qualityaward.nomination.NominationService nominations;
  @Autowired JdbcTemplate jdbc;
  @Autowired TestRestTemplate http;

  String cycleId;
  ProcessInstance cycle;
  ProcessInstance candidate;
  long candidateId;

  @BeforeEach
  void aListInPublicNotice() {
    BpmnAwareTests.init(engine);
    scenario.ensureUsers(5);
    cycleId = scenario.newCycleId();
    cycle = scenario.openCycle(cycleId);
    candidate = scenario.nominationInScoring(aNomination(cycleId).named("丙"), "STAFF", null);
    scenario.scoreAll(candidate, 0.9);
    scenario.fireTimer(cycle, AwardCycleProcess.Elements.NOMINATION_DEADLINE);
    candidateId = scenario.nominationId(candidate);
    scenario.proposeWinners(cycle, List.of(candidateId));
    assertThat(cycle).isWaitingAt(AwardCycleProcess.Elements.NOTICE_PERIOD);
  }

  @Test
  void shouldKeepTheCandidateWhenTheObjectionIsDismissed() {
    ProcessInstance objection = scenario.fileObjection(cycleId, candidateId, "张三");
    assertThat(objection).isWaitingAt(Elements.INVESTIGATE);
    scenario.investigate(objection, "经核实，获奖证书真实有效");
    assertThat(objection).isWaitingAt(Elements.DECIDE);

    scenario.decideObjection(objection, "DISMISS", "异议所述与事实不符");

    assertThat(objection).isEnded().hasPassed(Elements.RECORD_DECISION, Elements.REPORT_CLOSED, Elements.END);
    assertThat(committee.proposed(cycleId)).containsExactly(candidateId);
  }

  @Test
  void shouldWithdrawTheCandidateWhenTheObjectionIsUpheld() {
    ProcessInstance objection = scenario.fileObjection(cycleId, candidateId, "李四");
    scenario.investigate(objection, "经核实，一项获奖证书系伪造");

    scenario.decideObjection(objection, "UPHOLD", "申报材料不实");

    assertThat(committee.proposed(cycleId)).isEmpty();
    scenario.fireTimer(cycle, AwardCycleProcess.Elements.NOTICE_PERIOD);
    scenario.approve(cycle, List.of(), null);
    assertThat(candidate).isEnded().hasPassed(NominationProcess.Elements.END_WITHDRAWN_ON_OBJECTION);
    assertThat(nominations.get(candidateId).status()).isEqualTo(cn.wuhan.qualityaward.nomination.NominationStatus.WITHDRAWN_ON_OBJECTION);
  }

  @Test
  void theNoticeDoesNotCloseWhileAnObjectionIsOpen() {
    ProcessInstance objection = scenario.fileObjection(cycleId, candidateId, "王五");

    scenario.fireTimer(cycle, AwardCycleProcess.Elements.NOTICE_PERIOD);
    assertThat(cycle).hasPassed(AwardCycleProcess.Elements.CHECK_OBJECTIONS).isWaitingAt(AwardCycleProcess.Elements.AWAIT_OBJECTIONS);

    scenario.investigate(objection, "经核实，情况属实但不影响评选");
    scenario.decideObjection(objection, "DISMISS", "不影响评选结果");

    assertThat(cycle).hasPassed(AwardCycleProcess.Elements.AWAIT_OBJECTIONS).isWaitingAt(AwardCycleProcess.Elements.FINAL_APPROVAL);
  }

  @Test
  void anAnonymousObjectionIsRefusedAndNothingIsFiled() {
    int before = objections();

    assertThatThrownBy(() -> scenario.fileObjection(cycleId, candidateId, "匿名"))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("不受理匿名异议");
    assertThat(objections()).isEqualTo(before);
  }

  @Test
  void anObjectionAboutSomeoneNotOnTheListIsRefused() {
    assertThatThrownBy(() -> scenario.fileObjection(cycleId, -5L, "赵六"))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("不在本期公示名单中");
  }

  @Test
  void aLateObjectionIsRefused() {
    scenario.fireTimer(cycle, AwardCycleProcess.Elements.NOTICE_PERIOD);

    assertThatThrownBy(() -> scenario.fileObjection(cycleId, candidateId, "钱七"))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("不在公示期内");
  }

  @Test
  void aDecisionNeedsItsReason() {
    ProcessInstance objection = scenario.fileObjection(cycleId, candidateId, "孙八");
    scenario.investigate(objection, "已核实");

    assertThatThrownBy(() -> scenario.decideObjection(objection, "UPHOLD", " "))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("请写明处理理由");
    assertThat(objection).isWaitingAt(Elements.DECIDE);
  }

  @Test
  void anyoneLoggedInMayObjectThroughTheApiWithFieldErrorsForBadOnes() {
    Map<String, Object> good = Map.of(
        "cycleId", cycleId, "nominationId", candidateId, "objectorName", "周九", "objectorContact", "027-88888888",
        "grounds", "候选人存在违规行为");
    ResponseEntity<String> filed = RestClient.as(http, "expert4").post("/api/objections", good);
    assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.CREATED);

    int before = objections();
    ResponseEntity<String> refused = RestClient.as(http, "committee2").post("/api/objections",
        Map.of("cycleId", cycleId, "nominationId", candidateId, "objectorName", " ", "objectorContact", "", "grounds", "x"));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("\"field\":\"objectorName\"").contains("\"field\":\"objectorContact\"");
    assertThat(objections()).isEqualTo(before);
    assertThat(RestClient.anonymous(http).post("/api/objections", good).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private int objections() {
    return jdbc.queryForObject("select count(*) from objection", Integer.class);
  }
}
