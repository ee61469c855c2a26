package cn.wuhan.qualityaward.engine;

import cn.wuhan.qualityaward.api.DatabaseOutage;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * Some REST endpoints (task completion) wrap every engine exception as a 500. What the caller can act
 * on gets its own status: a refused input answers 400 with the refusal's own message, as form
 * submission already does; a task completed by someone else at the same moment answers 409, and one
 * already completed 404, each with a Chinese message. The engine has rolled the loser's work back.
 */
@Provider
@Priority(1)
public class RefusedInputExceptionMapper implements ExceptionMapper<RestException> {

    static final String COMPLETED_CONCURRENTLY = "该任务刚刚已由他人同时处理，本次提交未保存，请刷新后查看";
    static final String TASK_GONE = "该任务已处理或不存在，本次提交未保存";

    @Override
    public Response toResponse(RestException exception) {
        if (DatabaseOutage.causedBy(exception)) {
            return DatabaseOutageExceptionMapper.unavailable();
        }
        for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof BadUserRequestException refused) {
                return ExceptionHandlerHelper.getInstance().getResponse(refused);
            }
            if (cause instanceof AuthorizationException missing) {
                return AuthorizationRefusalMapper.forbidden(missing);
            }
            if (cause instanceof OptimisticLockingException) {
                return answer(Response.Status.CONFLICT, COMPLETED_CONCURRENTLY);
            }
            if (isMissingTask(cause)) {
                return answer(Response.Status.NOT_FOUND, TASK_GONE);
            }
        }
        return ExceptionHandlerHelper.getInstance().getResponse(exception);
    }

    /**
     * The engine says so only in words: {@code ensureNotNull("Cannot find task with id …", "task", task)},
     * or, when the other completion removed the task's execution first, a bare null execution.
     */
    private static boolean isMissingTask(Throwable cause) {
        String message = cause.getMessage();
        if (message == null) {
            return false;
        }
        return (cause instanceof NullValueException && message.endsWith("task is null"))
                || (cause instanceof NullPointerException && message.contains("\"execution\" is null"));
    }

    private static Response answer(Response.Status status, String message) {
        return ExceptionHandlerHelper.getInstance().getResponse(new RestException(status, message));
    }
}
