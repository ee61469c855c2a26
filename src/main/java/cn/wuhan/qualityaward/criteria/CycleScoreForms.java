package cn.wuhan.qualityaward.criteria;

import cn.wuhan.qualityaward.engine.SystemAuthority;
import cn.wuhan.qualityaward.nomination.NominationService;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.springframework.stereotype.Component;

/**
 * The score forms of each cycle, generated from the cycle's criteria version and deployed through
 * the engine's repository at run time, one deployment per cycle. The score task binds its form with
 * {@code camunda:formRefBinding="version"} and {@code camunda:formRefVersion="${cycleScoreForms.version(nominationId,
 * scoringForm)}"}: the engine counts form versions per form key across all deployments, so the
 * version each cycle got is kept in the award's table ({@code cycle_form}), never computed. A form
 * deployed later under the same key (another cycle's, or an administrator's) changes no open task.
 */
@Component
public class CycleScoreForms {

    /** The deployment's source, as Cockpit lists it. */
    static final String SOURCE = "award-cycle-score-forms";

    private final CriteriaService criteria;
    private final NominationService nominations;
    private final RepositoryService repository;

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
     * The version of the score form {@code formKey} deployed for the nomination's cycle (the one the
     * award's tables file it under), as the String {@code camunda:formRefVersion} needs. A cycle
     * pinned before its forms were deployed here (one that existed before criteria versions) gets
     * them now.
     */
    public String version(long nominationId, String formKey) {
        String cycleId = nominations.get(nominationId).cycleId();
        return criteria.cycleFormVersion(cycleId, formKey)
                .or(() -> {
                    deployFor(cycleId);
                    return criteria.cycleFormVersion(cycleId, formKey);
                })
                .map(String::valueOf)
                .orElseThrow(() -> new IllegalStateException("no form " + formKey + " for cycle " + cycleId));
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
