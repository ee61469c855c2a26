package cn.wuhan.qualityaward.notice;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * The one place that starts {@code objection} instances; the names it uses are in
 * {@link ObjectionProcess}. The office's and the public's filing call this, never {@code RuntimeService}.
 */
@Component
public class ObjectionProcessAdapter {

    private final RuntimeService runtime;

    public ObjectionProcessAdapter(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /**
     * Files an objection: starts an instance with the filing's variables, as whoever is authenticated.
     * A refused filing throws the engine's {@code BadUserRequestException} with the refusal as its cause.
     */
    public ProcessInstance start(Map<String, Object> variables) {
        return runtime.startProcessInstanceByKey(ObjectionProcess.KEY, variables);
    }
}
