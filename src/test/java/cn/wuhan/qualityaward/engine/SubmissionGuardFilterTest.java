package cn.wuhan.qualityaward.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The assignee check before a completion reaches the engine, with the engine's answers stood in. */
class SubmissionGuardFilterTest {

    private static final String TASK = "task-1";

    private final DeployedForms forms = mock(DeployedForms.class);
    private final RequestCaller caller = mock(RequestCaller.class);
    private final SubmissionGuardFilter filter = new SubmissionGuardFilter(forms, caller);

    @BeforeEach
    void anExpertCompletesATaskWithAnEmptyForm() {
        when(forms.ofTask(TASK)).thenReturn(Optional.of(FormFields.none()));
        when(caller.userId(any())).thenReturn("expert1");
    }

    @Test
    void aTaskCompletedByItsAssigneeGoesOnToTheEngine() throws Exception {
        when(forms.assigneeOf(TASK)).thenReturn(Optional.of("expert1"));

        assertThat(complete().getStatus()).isEqualTo(200);
    }

    @Test
    void aTaskHeldBySomeoneElseIsRefusedAsNotTheAssignee() throws Exception {
        when(forms.assigneeOf(TASK)).thenReturn(Optional.of("expert2"));

        MockHttpServletResponse answer = complete();

        assertThat(answer.getStatus()).isEqualTo(403);
        assertThat(answer.getContentAsString(StandardCharsets.UTF_8)).contains("NOT_ASSIGNEE");
    }

    @Test
    void aGroupTaskNobodyHasClaimedIsRefusedAsNotTheAssignee() throws Exception {
        when(forms.assigneeOf(TASK)).thenReturn(Optional.of(""));

        assertThat(complete().getStatus()).isEqualTo(403);
    }

    @Test
    void aTaskCompletedByTheAssigneeAMomentAgoIsLeftToTheEngineToAnswerAsGone() throws Exception {
        // its form was read while it was open; by the assignee check it is gone
        when(forms.assigneeOf(TASK)).thenReturn(Optional.empty());

        assertThat(complete().getStatus()).isEqualTo(200);
    }

    @Test
    void aTaskClaimedBySomeoneElseIsNotUnclaimedForThem() throws Exception {
        when(forms.assigneeOf(TASK)).thenReturn(Optional.of("office2"));

        assertThat(call("unclaim").getStatus()).isEqualTo(403);
    }

    @Test
    void onesOwnClaimIsReturnedToTheGroup() throws Exception {
        when(forms.assigneeOf(TASK)).thenReturn(Optional.of("expert1"));

        assertThat(call("unclaim").getStatus()).isEqualTo(200);
    }

    private MockHttpServletResponse complete() throws Exception {
        return call("complete");
    }

    private MockHttpServletResponse call(String action) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/engine-rest/task/" + TASK + "/" + action);
        request.setRequestURI("/engine-rest/task/" + TASK + "/" + action);
        request.setServletPath("/engine-rest");
        request.setPathInfo("/task/" + TASK + "/" + action);
        request.setContentType("application/json");
        request.setContent("{\"variables\":{}}".getBytes(StandardCharsets.UTF_8));
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
