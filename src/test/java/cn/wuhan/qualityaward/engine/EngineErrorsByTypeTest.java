package cn.wuhan.qualityaward.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.wuhan.qualityaward.support.AwardIntegrationTest;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * How {@link RefusedInputExceptionMapper} tells the engine's failures apart: by type and by what the
 * database says, never by the engine's wording, which a Camunda upgrade may change. The engine's part
 * is pinned here on the engine of the POM: an upgrade that throws another type fails this test.
 */
@AwardIntegrationTest
class EngineErrorsByTypeTest {

    @Autowired
    ProcessEngine engine;

    @Test
    void theEngineRefusesToCompleteATaskThatIsGoneWithANullValueException() {
        assertThatThrownBy(() -> engine.getTaskService().complete("no-such-task"))
                .isExactlyInstanceOf(NullValueException.class);
    }

    @Test
    void aCompletionOfATaskThatIsGoneIsNotFoundWhateverTheEngineCallsIt() {
        Response answer = mapperFor("no-such-task")
                .toResponse(completionFailed(new NullValueException("Task no-such-task vanished")));

        assertThat(answer.getStatus()).isEqualTo(404);
        assertThat(((ExceptionDto) answer.getEntity()).getMessage()).isEqualTo(RefusedInputExceptionMapper.TASK_GONE);
    }

    @Test
    void aNullPointerWhileTheOtherCompletionRemovedTheTaskIsNotFound() {
        Response answer =
                mapperFor("no-such-task").toResponse(completionFailed(new NullPointerException("anything at all")));

        assertThat(answer.getStatus()).isEqualTo(404);
    }

    @Test
    void aNullValueAboutATaskThatStillExistsIsNoClaimThatTheTaskIsGone() {
        Task task = engine.getTaskService().newTask();
        engine.getTaskService().saveTask(task);
        try {
            Response answer = mapperFor(task.getId())
                    .toResponse(completionFailed(new NullValueException("Cannot find task with id x: task is null")));

            assertThat(answer.getStatus()).isEqualTo(500);
        } finally {
            engine.getTaskService().deleteTask(task.getId(), true);
        }
    }

    @Test
    void aSimultaneousCompletionIsAConflictByItsType() {
        Response answer = mapperFor("no-such-task").toResponse(completionFailed(new OptimisticLockingException("x")));

        assertThat(answer.getStatus()).isEqualTo(409);
        assertThat(((ExceptionDto) answer.getEntity()).getMessage())
                .isEqualTo(RefusedInputExceptionMapper.COMPLETED_CONCURRENTLY);
    }

    /** The mapper as Jersey runs it for {@code POST /engine-rest/task/{taskId}/complete}. */
    private RefusedInputExceptionMapper mapperFor(String taskId) {
        return new RefusedInputExceptionMapper() {
            @Override
            Optional<String> taskOfRequest() {
                return Optional.of(taskId);
            }

            @Override
            ProcessEngine engineOfRequest() {
                return engine;
            }
        };
    }

    /** What the engine's REST resource throws when a completion fails. */
    private static RestException completionFailed(RuntimeException cause) {
        return new RestException(
                Response.Status.INTERNAL_SERVER_ERROR, cause, "Cannot complete task: " + cause.getMessage());
    }
}
