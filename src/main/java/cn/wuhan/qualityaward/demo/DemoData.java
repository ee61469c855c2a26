package cn.wuhan.qualityaward.demo;

import cn.wuhan.qualityaward.common.BeforeServing;
import cn.wuhan.qualityaward.criteria.rubric.RubricItem;
import cn.wuhan.qualityaward.cycle.AwardCycleProcess;
import cn.wuhan.qualityaward.cycle.AwardCycleProcessAdapter;
import cn.wuhan.qualityaward.cycle.AwardCycleRepository;
import cn.wuhan.qualityaward.identity.Groups;
import cn.wuhan.qualityaward.nomination.NominationProcess;
import cn.wuhan.qualityaward.nomination.NominationProcessAdapter;
import cn.wuhan.qualityaward.panel.ExpertPoolService;
import cn.wuhan.qualityaward.recommender.RecommenderService;
import cn.wuhan.qualityaward.scoring.ScoreSheetVariables;
import cn.wuhan.qualityaward.scoring.ScoringService;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the demo once: its users, and an open cycle whose nominations stand at different stages, so
 * whoever logs in finds work. A restart on the same database seeds nothing again. It seeds before
 * the web server opens its port ({@link BeforeServing}), in one transaction: nobody ever sees half a
 * demo, and a seeding that fails leaves none of it.
 */
@Component
@ConditionalOnProperty(name = "award.demo.enabled", havingValue = "true")
public class DemoData {

    static final String CYCLE = "2026";
    /** An earlier cycle, seeded in its public notice, so the public page has candidates to show. */
    static final String NOTICED_CYCLE = "2021";

    private static final String EAST = "recommender1";
    private static final String RIVER = "recommender2";
    private static final String OFFICE = "office";
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private final IdentityService identity;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final AwardCycleRepository cycles;
    private final ScoringService scoring;
    private final Clock clock;
    private final ExpertPoolService pool;
    private final ManagementService management;
    private final RecommenderService recommenders;
    private final AwardCycleProcessAdapter cycleProcess;
    private final NominationProcessAdapter nominationProcess;
    private final TransactionTemplate transactions;

    public DemoData(
            IdentityService identity,
            RuntimeService runtime,
            TaskService tasks,
            AwardCycleRepository cycles,
            ScoringService scoring,
            Clock clock,
            ExpertPoolService pool,
            ManagementService management,
            RecommenderService recommenders,
            AwardCycleProcessAdapter cycleProcess,
            NominationProcessAdapter nominationProcess,
            PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.identity = identity;
        this.runtime = runtime;
        this.cycleProcess = cycleProcess;
        this.nominationProcess = nominationProcess;
        this.tasks = tasks;
        this.cycles = cycles;
        this.scoring = scoring;
        this.clock = clock;
        this.pool = pool;
        this.management = management;
        this.recommenders = recommenders;
    }

    /** After the roles (order 1) and the shipped criteria (order 0), before anyone is served. */
    @EventListener(BeforeServing.class)
    @Order(2)
    public void seedBeforeServing() {
        seedAtomically(this::seed);
    }

    /**
     * Runs a seeding in one transaction. When anything in it fails, a refusal by the award's own
     * checks included, nothing of it stays, one ERROR line says so with the cause, and the exception
     * stops the start before the port opens.
     *
     * @throws IllegalStateException with the cause, after the rollback
     */
    void seedAtomically(Runnable seeding) {
        try {
            transactions.executeWithoutResult(status -> seeding.run());
        } catch (RuntimeException failed) {
            LOG.error("演示数据未能生成，已全部撤销，数据库中未留下任何演示数据：{}", failed.getMessage());
            throw new IllegalStateException("演示数据未能生成：" + failed.getMessage(), failed);
        }
    }

    private void seed() {
        DemoUsers.all().forEach(this::ensureUser);
        DemoUsers.RECOMMENDER_UNITS.forEach((user, unit) -> {
            if (recommenders.unitOf(user).isEmpty()) {
                recommenders.bind(user, unit);
            }
        });
        String[] organizations = {"华中科技大学", "武汉大学", "中国信息通信科技集团", "湖北省标准化研究院", "武汉理工大学", "长江水利委员会", "武汉市计量测试检定研究所"};
        for (int i = 0; i < organizations.length; i++) {
            String expert = "expert" + (i + 1);
            if (pool.all().stream().noneMatch(p -> p.expertId().equals(expert))) {
                pool.save(
                        expert,
                        organizations[i],
                        List.of("SENIOR_MANAGER", "MIDDLE_MANAGER", "STAFF", "OTHER"),
                        List.of());
            }
        }
        if (!cycles.findAll().isEmpty()) {
            return;
        }
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
        cycleProcess.start(Map.of(
                AwardCycleProcess.Variables.CYCLE_ID.name(),
                CYCLE,
                AwardCycleProcess.Variables.CYCLE_NAME.name(),
                "2026年度武汉市市长质量奖（个人奖）",
                AwardCycleProcess.Variables.NOMINATION_DEADLINE_INPUT.name(),
                now.plusDays(30).withNano(0).toString(),
                AwardCycleProcess.Variables.SCORING_DEADLINE_INPUT.name(),
                now.plusDays(60).withNano(0).toString()));

        String scored = nominate(EAST, "王芳", "420106198503150026", "武汉钢铁集团", "质量检验班班长", "FRONTLINE");
        String scoring1 = nominate(OFFICE, "张伟", "42010219720101001X", "东风汽车集团", "总经理", "SENIOR");
        String scoring2 = nominate(RIVER, "李娜", "420103198011110045", "武汉光谷生物城", "质量部部长", "MIDDLE");
        for (String business : new String[] {scored, scoring1, scoring2}) {
            passFormalReview(business);
        }
        assignTrack(scored, "STAFF", null);
        assignTrack(scoring1, "SENIOR_MANAGER", null);
        assignTrack(scoring2, "MIDDLE_MANAGER", null);
        scoreAll(scored, 0.75, 0.78, 0.80, 0.82, 0.85);
        String divergent = nominate(RIVER, "周敏", "42010419790909002X", "武汉地铁集团", "运营质量总监", "MIDDLE");
        passFormalReview(divergent);
        assignTrack(divergent, "MIDDLE_MANAGER", null);
        scoreAll(divergent, 0.45, 0.85, 0.90, 0.90, 0.95);
        String other = nominate(
                OFFICE,
                CYCLE,
                "孙丽",
                "42011119770505002X",
                "武汉市质量协会",
                "首席质量专家",
                "OTHER",
                20,
                Map.of(
                        NominationProcess.Variables.CLAIMED_CONDITIONS.name(),
                        SpinValues.jsonValue("[\"condition_2\",\"condition_6\"]")
                                .create(),
                        NominationProcess.Variables.JUSTIFICATION_PREFIX + "condition_2",
                        "推广卓越绩效模式，指导两百余家企业导入质量管理体系",
                        NominationProcess.Variables.JUSTIFICATION_PREFIX + "condition_6",
                        "从事质量教育培训二十年，主编质量培训教材三部"));
        passFormalReview(other);
        nominate(EAST, "刘洋", "420105198812120019", "长江存储", "工艺工程师", "FRONTLINE");
        nominate(RIVER, "陈静", null, "武汉市第一医院", "护理部主任", "MIDDLE");
        nominate(OFFICE, CYCLE, "赵磊", null, "武汉某建设公司", "项目经理", "MIDDLE", 3, Map.of());
        // 东湖's own filing waits for its 补正 in recommender1's Tasklist (待我认领)
        String toCorrect = nominate(EAST, "吴涛", null, "武汉高德红外", "质量总监", "MIDDLE");
        complete(
                toCorrect,
                NominationProcess.Elements.FORMAL_REVIEW,
                Map.of(
                        NominationProcess.Variables.FORMAL_REVIEW_DECISION.name(), "CORRECTION",
                        NominationProcess.Variables.FORMAL_REVIEW_COMMENT.name(), "请补充近三年质量管理成果的证明材料"));
        seedNoticedCycle(now);
        LOG.info(
                "演示数据已生成：评选周期 {}，公示中的评选周期 {}（/public/notices），登录用户 office / expert1…expert7 /"
                        + " committee1…committee5 / approver / recommender1 / recommender2，密码 demo",
                CYCLE,
                NOTICED_CYCLE);
    }

    private void ensureUser(DemoUsers.DemoUser demo) {
        if (identity.createUserQuery().userId(demo.id()).count() > 0) {
            return;
        }
        User user = identity.newUser(demo.id());
        user.setFirstName(demo.fullName());
        user.setLastName(demo.role());
        user.setPassword(DemoUsers.PASSWORD);
        user.setEmail(demo.id() + "@demo.award.wuhan");
        identity.saveUser(user);
        identity.createMembership(demo.id(), demo.group());
    }

    /**
     * 2021: three candidates filed by both units and the office, scored, voted on by the committee and
     * published; the notice runs 30 days from the seeding (a real cycle's is {@code award.timers.notice-period}).
     */
    private void seedNoticedCycle(LocalDateTime now) {
        ProcessInstance cycle = cycleProcess.start(Map.of(
                AwardCycleProcess.Variables.CYCLE_ID.name(),
                NOTICED_CYCLE,
                AwardCycleProcess.Variables.CYCLE_NAME.name(),
                "2021年度武汉市市长质量奖（个人奖）",
                AwardCycleProcess.Variables.NOMINATION_DEADLINE_INPUT.name(),
                now.plusDays(1).withNano(0).toString(),
                AwardCycleProcess.Variables.SCORING_DEADLINE_INPUT.name(),
                now.plusDays(2).withNano(0).toString(),
                AwardCycleProcess.Variables.NOTICE_PERIOD.name(),
                "P30D"));
        String[][] candidates = {
            {EAST, "黄海涛", "武汉邮电科学研究院", "质量管理部经理", "MIDDLE", "MIDDLE_MANAGER"},
            {RIVER, "林晓燕", "武汉市第三医院", "质控科主任", "MIDDLE", "MIDDLE_MANAGER"},
            {OFFICE, "郭志刚", "武汉重型机床集团", "装配车间质量检验员", "FRONTLINE", "STAFF"}
        };
        for (String[] c : candidates) {
            String businessKey = nominate(c[0], NOTICED_CYCLE, c[1], null, c[2], c[3], c[4], 15, Map.of());
            passFormalReview(businessKey);
            assignTrack(businessKey, c[5], null);
            scoreAll(businessKey, 0.86, 0.88, 0.90, 0.88, 0.86);
        }
        Job deadline = management
                .createJobQuery()
                .processInstanceId(cycle.getId())
                .activityId(AwardCycleProcess.Elements.NOMINATION_DEADLINE)
                .singleResult();
        management.executeJob(deadline.getId());
        runAsynchronousSteps();
        String everyone = nominationIdsOf(NOTICED_CYCLE).stream()
                .map(id -> "\"" + id + "\"")
                .collect(Collectors.joining(",", "[", "]"));
        for (Task vote : tasks.createTaskQuery()
                .processInstanceId(cycle.getId())
                .taskDefinitionKey(AwardCycleProcess.Elements.VOTE)
                .list()) {
            tasks.complete(
                    vote.getId(),
                    Map.of(
                            AwardCycleProcess.Variables.BALLOT_AGREE.name(),
                                    SpinValues.jsonValue(everyone).create(),
                            AwardCycleProcess.Variables.BALLOT_DISAGREE.name(),
                                    SpinValues.jsonValue("[]").create()));
            runAsynchronousSteps();
        }
    }

    private List<Long> nominationIdsOf(String cycleId) {
        return nominationProcess.running().stream()
                .filter(i -> i.getBusinessKey() != null && i.getBusinessKey().startsWith(cycleId + "-"))
                .map(i -> ((Number) runtime.getVariable(i.getId(), NominationProcess.Variables.NOMINATION_ID.name()))
                        .longValue())
                .sorted()
                .toList();
    }

    private void runAsynchronousSteps() {
        for (int round = 0; round < 20; round++) {
            List<Job> due = management.createJobQuery().messages().executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
    }

    private String nominate(
            String filer, String name, String idNumber, String organization, String position, String level) {
        return nominate(filer, CYCLE, name, idNumber, organization, position, level, 12, Map.of());
    }

    /** Filed as the filer: a recommender's filing leaves its unit to the server, the office's names 东湖. */
    private String nominate(
            String filer,
            String cycleId,
            String name,
            String idNumber,
            String organization,
            String position,
            String level,
            int years,
            Map<String, Object> extra) {
        Map<String, Object> v = new HashMap<>();
        v.put(NominationProcess.Variables.CYCLE_ID.name(), cycleId);
        v.put(NominationProcess.Variables.NOMINEE_NAME.name(), name);
        v.put(NominationProcess.Variables.ID_NUMBER.name(), idNumber);
        v.put(NominationProcess.Variables.ORGANIZATION.name(), organization);
        v.put(NominationProcess.Variables.POSITION.name(), position);
        v.put(NominationProcess.Variables.POSITION_LEVEL.name(), level);
        v.put("title", "高级工程师");
        v.put("phone", "027-87654321");
        // a recommender leaves 推荐单位 to its account's binding; the office files on 东湖's behalf
        v.put(NominationProcess.Variables.RECOMMENDING_UNIT.name(), filer.equals(OFFICE) ? "武汉市东湖新技术开发区质量强区办" : "");
        v.put(NominationProcess.Variables.RECOMMENDING_OPINION.name(), "同意推荐。该同志长期从事质量工作，业绩突出。");
        v.put(
                NominationProcess.Variables.SUMMARY.name(),
                name + "同志在" + organization + "从事质量工作" + years + "年，主持多项质量改进项目。");
        v.put(NominationProcess.Variables.QUALITY_WORK_YEARS.name(), years);
        v.put(NominationProcess.Variables.MATERIALS_DECLARED_TRUE.name(), true);
        v.putAll(extra);
        identity.setAuthentication(filer, List.of(filer.equals(OFFICE) ? Groups.OFFICE : Groups.RECOMMENDERS));
        try {
            return nominationProcess.start(v).getBusinessKey();
        } finally {
            identity.clearAuthentication();
        }
    }

    private void passFormalReview(String businessKey) {
        complete(
                businessKey,
                NominationProcess.Elements.FORMAL_REVIEW,
                Map.of(
                        NominationProcess.Variables.FORMAL_REVIEW_DECISION.name(), "PASS",
                        NominationProcess.Variables.FORMAL_REVIEW_COMMENT.name(), "材料齐全"));
    }

    private void assignTrack(String businessKey, String track, String referenceTrack) {
        Map<String, Object> v = new HashMap<>();
        v.put(NominationProcess.Variables.TRACK.name(), track);
        v.put(NominationProcess.Variables.REFERENCE_TRACK.name(), referenceTrack);
        complete(businessKey, NominationProcess.Elements.ASSIGN_TRACK, v);
        prepareSeats(businessKey);
    }

    private void scoreAll(String businessKey, double... shares) {
        long nominationId = ((Number)
                        runtime.getVariable(instanceOf(businessKey), NominationProcess.Variables.NOMINATION_ID.name()))
                .longValue();
        int expert = 0;
        for (Task task : scoringTasks(businessKey)) {
            Map<String, Object> sheet = new HashMap<>();
            BigDecimal share = BigDecimal.valueOf(shares[expert++ % shares.length]);
            for (RubricItem item : scoring.sheetFor(nominationId).items()) {
                BigDecimal points = item.points()
                        .multiply(share)
                        .multiply(BigDecimal.valueOf(2))
                        .setScale(0, RoundingMode.HALF_UP)
                        .divide(BigDecimal.valueOf(2));
                sheet.put(ScoreSheetVariables.itemKey(item.id()), points.doubleValue());
            }
            sheet.put(ScoreSheetVariables.COMMENT, "事迹突出，材料翔实。");
            tasks.complete(task.getId(), sheet);
        }
    }

    private List<Task> scoringTasks(String businessKey) {
        return tasks.createTaskQuery()
                .processInstanceBusinessKey(businessKey)
                .taskDefinitionKey(NominationProcess.Elements.SCORE)
                .list();
    }

    /**
     * Each seat is prepared by a job of its own, and the job executor starts only once the demo is
     * seeded, so the demo runs those jobs itself: the experts find their tasks at once.
     */
    private void prepareSeats(String businessKey) {
        for (Job job : management
                .createJobQuery()
                .processInstanceId(instanceOf(businessKey))
                .messages()
                .executable()
                .list()) {
            management.executeJob(job.getId());
        }
    }

    private void complete(String businessKey, String taskKey, Map<String, Object> variables) {
        Task task = tasks.createTaskQuery()
                .processInstanceBusinessKey(businessKey)
                .taskDefinitionKey(taskKey)
                .singleResult();
        tasks.complete(task.getId(), variables);
    }

    private String instanceOf(String businessKey) {
        return nominationProcess.instanceId(businessKey);
    }
}
