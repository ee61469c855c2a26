package cn.wuhan.qualityaward.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.wuhan.qualityaward.support.AwardIntegrationTest;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A job that failed and will be tried again is read outside any engine command, as the progress
 * page reads it: the step it failed at comes from the job's own record.
 */
@AwardIntegrationTest
class FailedJobsInProgressTest {

    @Autowired
    ProcessEngine engine;

    @Autowired
    ProcessWatch watch;

    @Test
    void aJobThatFailedAndWillBeTriedAgainIsListedWithTheStepItFailedAt() {
        BpmnModelInstance failing = Bpmn.createExecutableProcess("failingStepForProgress")
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .serviceTask("serviceTask_fails")
                .camundaAsyncBefore()
                .camundaClass(Object.class.getName())
                .endEvent()
                .done();
        engine.getRepositoryService()
                .createDeployment()
                .addModelInstance("failing.bpmn", failing)
                .deploy();
        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("failingStepForProgress");
        Job job = engine.getManagementService()
                .createJobQuery()
                .processInstanceId(instance.getId())
                .singleResult();
        assertThatThrownBy(() -> engine.getManagementService().executeJob(job.getId()))
                .isNotNull();

        List<ProcessWatch.Trouble> troubles = watch.troubles(List.of(instance.getId()));

        assertThat(troubles).singleElement().satisfies(trouble -> {
            assertThat(trouble.kind()).isEqualTo("失败的作业");
            assertThat(trouble.activityId()).isEqualTo("serviceTask_fails");
            assertThat(trouble.retries()).isPositive();
        });
    }
}
