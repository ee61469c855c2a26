package cn.wuhan.qualityaward.engine;

import cn.wuhan.qualityaward.api.ApiError;
import cn.wuhan.qualityaward.api.DatabaseOutage;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;

/**
 * The engine's REST API answers 503 when the database went away in the middle of a call, as the rest
 * of the application does; any other engine failure keeps Camunda's own answer.
 */
@Provider
@Priority(1)
public class DatabaseOutageExceptionMapper implements ExceptionMapper<ProcessEngineException> {

    @Override
    public Response toResponse(ProcessEngineException exception) {
        if (DatabaseOutage.causedBy(exception)) {
            return unavailable();
        }
        return ExceptionHandlerHelper.getInstance().getResponse(exception);
    }

    static Response unavailable() {
        return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                .header("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(ApiError.of(DatabaseOutage.CODE, DatabaseOutage.MESSAGE))
                .build();
    }
}
