package cn.wuhan.qualityaward.engine;

import jakarta.ws.rs.ApplicationPath;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/** Camunda's REST API at /engine-rest, with the award's mapping of refused input and of a lost database. */
@Component
@ApplicationPath("/engine-rest")
public class EngineRestConfiguration extends CamundaJerseyResourceConfig {

    @Override
    protected void registerAdditionalResources() {
        register(RefusedInputExceptionMapper.class);
        register(DatabaseOutageExceptionMapper.class);
        register(AuthorizationRefusalMapper.class);
    }
}
