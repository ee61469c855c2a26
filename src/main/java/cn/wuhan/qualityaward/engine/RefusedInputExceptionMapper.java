package cn.wuhan.qualityaward.engine;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * Some REST endpoints (task completion) wrap every engine exception as a 500. A refused input is the
 * caller's to fix, so it answers 400 with the refusal's own message, as form submission already does.
 */
@Provider
@Priority(1)
public class RefusedInputExceptionMapper implements ExceptionMapper<RestException> {

  @Override
  public Response toResponse(RestException exception) {
    if (cn.wuhan.qualityaward.api.DatabaseOutage.causedBy(exception)) {
      return DatabaseOutageExceptionMapper.unavailable();
    }
    for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof BadUserRequestException refused) {
        return ExceptionHandlerHelper.getInstance().getResponse(refused);
      }
    }
    return ExceptionHandlerHelper.getInstance().getResponse(exception);
  }
}
