package cn.wuhan.qualityaward.engine;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.rest.dto.AuthorizationExceptionDto;

/**
 * A missing permission answers 403 in Camunda's own shape, with the message led by Chinese: the
 * people who meet it most are an expert whose task was just completed or taken from them.
 */
@Provider
@Priority(1)
public class AuthorizationRefusalMapper implements ExceptionMapper<AuthorizationException> {

    static final String MESSAGE = "您没有执行此操作的权限（该任务可能刚刚已处理，或您已不在评审组中）。";

    @Override
    public Response toResponse(AuthorizationException exception) {
        return forbidden(exception);
    }

    static Response forbidden(AuthorizationException exception) {
        AuthorizationExceptionDto body = AuthorizationExceptionDto.fromException(exception);
        body.setMessage(MESSAGE + exception.getMessage());
        return Response.status(Response.Status.FORBIDDEN)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(body)
                .build();
    }
}
