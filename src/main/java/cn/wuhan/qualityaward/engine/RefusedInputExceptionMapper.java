package cn.wuhan.qualityaward.engine;

import cn.wuhan.qualityaward.api.DatabaseOutage;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Some REST endpoints (task completion) wrap every engine exception as a 500. What the caller can act
 * on gets its own status: a refused input answers 400 with the refusal's own message, as form
 * submission already does; a task completed by someone else at the same moment answers 409, and one
 * already completed 404, each with a Chinese message. The engine has rolled the loser's work back.
 * A refusal is the sender's mistake, not the server's: it leaves one line in the log (who, which
 * call, the message), never a stack trace. Registered on {@code /engine-rest} and on the web apps'
 * {@code /camunda/api/engine} alike.
 */
@Provider
@Priority(1)
public class RefusedInputExceptionMapper implements ExceptionMapper<RestException> {

    static final String COMPLETED_CONCURRENTLY = "该任务刚刚已由他人同时处理，本次提交未保存，请刷新后查看";
    static final String TASK_GONE = "该任务已处理或不存在，本次提交未保存";

    private static final Logger LOG = LoggerFactory.getLogger(RefusedInputExceptionMapper.class);

    @Context
    private UriInfo request;

    @Context
    private Request method;

    @Override
    public Response toResponse(RestException exception) {
        if (DatabaseOutage.causedBy(exception)) {
            return DatabaseOutageExceptionMapper.unavailable();
        }
        for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof BadUserRequestException refused) {
                // one line even when the message quotes a sender's text with line breaks
                LOG.info(
                        "refused {} /{} by {}: {}",
                        method.getMethod(),
                        request.getPath(),
                        who(),
                        String.valueOf(refused.getMessage()).replaceAll("\\R", " "));
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
     * The engine tells a missing task by no type or code of its own: {@code ensureNotNull} throws a
     * {@link NullValueException} worded "Cannot find task with id …: task is null", and a completion whose
     * execution the other completion removed first meets a bare {@link NullPointerException}. Rather than
     * read either message, which an upgrade may reword, the database decides: the task of this request
     * no longer exists. Pinned by {@code EngineErrorsByTypeTest}.
     */
    private boolean isMissingTask(Throwable cause) {
        if (!(cause instanceof NullValueException || cause instanceof NullPointerException)) {
            return false;
        }
        return taskOfRequest()
                .map(id -> engineOfRequest()
                                .getTaskService()
                                .createTaskQuery()
                                .taskId(id)
                                .count()
                        == 0)
                .orElse(false);
    }

    /** The user the engine authenticated for this request, or "anonymous". */
    private String who() {
        Authentication current = engineOfRequest().getIdentityService().getCurrentAuthentication();
        return current == null ? "anonymous" : current.getUserId();
    }

    /** The task a request to {@code …/task/{id}/…} is about; empty for any other request. */
    Optional<String> taskOfRequest() {
        List<String> path =
                request.getPathSegments().stream().map(PathSegment::getPath).toList();
        int task = path.indexOf("task");
        return task >= 0 && task + 1 < path.size() ? Optional.of(path.get(task + 1)) : Optional.empty();
    }

    /** The engine of the request: {@code /engine-rest/engine/{name}/…}, or the default one. */
    ProcessEngine engineOfRequest() {
        return EngineUtil.lookupProcessEngine(request.getPathParameters().getFirst("name"));
    }

    private static Response answer(Response.Status status, String message) {
        return ExceptionHandlerHelper.getInstance().getResponse(new RestException(status, message));
    }
}
