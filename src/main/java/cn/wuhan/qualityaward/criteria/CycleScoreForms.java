package cn.wuhan.qualityaward.criteria;

import cn.wuhan.qualityaward.common.CommittedFacts;
import cn.wuhan.qualityaward.engine.SystemAuthority;
import cn.wuhan.qualityaward.engine.TaskFormBinding;
import cn.wuhan.qualityaward.nomination.Nomination;
import cn.wuhan.qualityaward.nomination.NominationService;
import cn.wuhan.qualityaward.nomination.ScoringForms;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.springframework.stereotype.Component;

/**
 * The score forms of each cycle, generated from the cycle's criteria version and deployed through
 * the engine's repository at run time, one deployment per cycle. The score task binds its form with
 * {@code camunda:formRef="${cycleScoreForms.formKey(task)}"}, {@code camunda:formRefBinding="version"}
 * and {@code camunda:formRefVersion="${cycleScoreForms.version(task)}"}: the engine counts form
 * versions per form key across all deployments, so the version each cycle got is kept in the award's
 * table ({@code cycle_form}), never computed. A form deployed later under the same key (another
 * cycle's, or an administrator's) changes no open task.
 *
 * <p>Both are taken from the award's tables (the nomination filed under the instance's business key,
 * its scoring track and cycle), never from variables, which an administrator may rewrite; as a
 * {@link TaskFormBinding} this bean is resolved before any variable is read.
 */
@Component
public class CycleScoreForms implements TaskFormBinding {

    /** The deployment's source, as Cockpit lists it. */
    static final String SOURCE = "award-cycle-score-forms";

    private final CriteriaService criteria;
    private final NominationService nominations;
    private final RepositoryService repository;

    /*
     * Tasklist resolves the score task's form version for every task it lists, so one expert's page
     * read the nomination and cycle_form once per task (issue #18). Neither changes once committed:
     * a nomination stays in its cycle and cycle_form is only inserted into; each node keeps its own.
     */
    private final CommittedFacts<Long, String> cycleOfNomination = new CommittedFacts<>(100_000);
    private final CommittedFacts<CycleForm, String> versionOfCycleForm = new CommittedFacts<>(10_000);

    /*
     * Tasklist resolves the binding of every task it lists, so each instance's form is kept after the
     * transaction that read it commits: an instance's nomination, its scoring track (recorded before
     * any score task exists) and its cycle's form versions never change.
     */
    private final CommittedFacts<String, InstanceForm> formOfInstance = new CommittedFacts<>(100_000);

    private record CycleForm(String cycleId, String formKey) {}

    private record InstanceForm(String formKey, String version) {}

    public CycleScoreForms(CriteriaService criteria, NominationService nominations, RepositoryService repository) {
        this.criteria = criteria;
        this.nominations = nominations;
        this.repository = repository;
    }

    /**
     * Deploys the cycle's score forms unless they are deployed already, and records their versions.
     * Runs inside the engine's transaction of the step that calls it, as the process itself: the
     * office member who opens a cycle may not deploy anything else.
     */
    public void deployFor(String cycleId) {
        Map<String, String> forms = criteria.scoreFormsToDeploy(cycleId);
        if (forms.isEmpty()) {
            return;
        }
        DeploymentBuilder deployment =
                repository.createDeployment().name("评分表 " + cycleId).source(SOURCE);
        forms.forEach((key, form) -> deployment.addString(key + ".form", form));
        DeploymentWithDefinitions deployed = SystemAuthority.call(deployment::deployWithResult);
        for (CamundaFormDefinitionEntity form : formsOf(deployed)) {
            criteria.recordCycleForm(cycleId, form.getKey(), form.getVersion());
        }
    }

    /**
     * The key of the score form of the task's nomination ({@code score-staff}…, by its scoring track),
     * for {@code camunda:formRef}.
     *
     * @throws IllegalStateException when the task's instance files no nomination with a track
     */
    public String formKey(DelegateTask task) {
        return formOf(task).formKey();
    }

    /**
     * The version of that form deployed for the nomination's cycle, as the String {@code
     * camunda:formRefVersion} needs.
     *
     * @throws IllegalStateException as {@link #formKey(DelegateTask)}
     */
    public String version(DelegateTask task) {
        return formOf(task).version();
    }

    private InstanceForm formOf(DelegateTask task) {
        return formOfInstance.get(task.getProcessInstanceId(), instanceId -> {
            String referenceNo = task.getExecution().getProcessBusinessKey();
            Nomination nomination = nominations
                    .byReferenceNo(referenceNo)
                    .filter(n -> n.scoringTrack() != null)
                    .orElseThrow(() -> new IllegalStateException(
                            "no nomination with a track filed as " + referenceNo + " for instance " + instanceId));
            String formKey = ScoringForms.formKey(nomination.scoringTrack());
            return new InstanceForm(formKey, versionIn(nomination.cycleId(), formKey));
        });
    }

    /**
     * The version of the score form {@code formKey} deployed for the nomination's cycle (the one the
     * award's tables file it under). Named by the score task of instances started on a model before
     * {@link #version(DelegateTask)}.
     */
    public String version(long nominationId, String formKey) {
        return versionIn(cycleOf(nominationId), formKey);
    }

    /**
     * The version of the cycle's score form {@code formKey}. A cycle pinned before its forms were
     * deployed here (one that existed before criteria versions) gets them now.
     */
    private String versionIn(String cycleId, String formKey) {
        CycleForm cycleForm = new CycleForm(cycleId, formKey);
        String remembered = versionOfCycleForm.getIfRemembered(cycleForm);
        if (remembered != null) {
            return remembered;
        }
        Optional<Integer> recorded = criteria.cycleFormVersion(cycleId, formKey);
        if (recorded.isPresent()) {
            versionOfCycleForm.remember(cycleForm, String.valueOf(recorded.get()));
            return String.valueOf(recorded.get());
        }
        deployFor(cycleId);
        return criteria.cycleFormVersion(cycleId, formKey)
                .map(String::valueOf)
                .orElseThrow(() -> new IllegalStateException("no form " + formKey + " for cycle " + cycleId));
    }

    private String cycleOf(long nominationId) {
        return cycleOfNomination.get(nominationId, id -> nominations.get(id).cycleId());
    }

    /**
     * The form definitions the deployment created. The engine's API has no query for form definitions;
     * the deployment it returns carries them (they are not flushed to the database before the
     * surrounding transaction ends, so a query could not see them yet).
     */
    private static List<CamundaFormDefinitionEntity> formsOf(DeploymentWithDefinitions deployed) {
        if (deployed instanceof DeploymentEntity entity) {
            List<CamundaFormDefinitionEntity> forms = entity.getDeployedArtifacts(CamundaFormDefinitionEntity.class);
            return forms == null ? List.of() : forms;
        }
        throw new IllegalStateException("the engine returned a deployment of an unexpected kind: " + deployed);
    }
}
