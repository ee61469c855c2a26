package cn.wuhan.qualityaward.engine;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The trust rule's guards on both REST entrances to the engine. Who may see every variable is the
 * award office and the administrator, named here by their group ids as the engine knows them.
 */
@Configuration
public class TrustRuleConfiguration {

    static final String OFFICE_GROUP = "award-office";
    static final String ADMIN_GROUP = "camunda-admin";
    private static final String[] ENGINE_APIS = {"/engine-rest/*", "/camunda/api/engine/*"};

    @Bean
    FilterRegistrationBean<SubmissionGuardFilter> submissionGuard(DeployedForms forms, RequestCaller caller) {
        FilterRegistrationBean<SubmissionGuardFilter> registration =
                new FilterRegistrationBean<>(new SubmissionGuardFilter(forms, caller));
        registration.setName("submission-guard");
        registration.addUrlPatterns(ENGINE_APIS);
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<EngineOperationsGuardFilter> engineOperationsGuard(RequestCaller caller) {
        FilterRegistrationBean<EngineOperationsGuardFilter> registration =
                new FilterRegistrationBean<>(new EngineOperationsGuardFilter(
                        request -> caller.isIn(request, ADMIN_GROUP),
                        request -> caller.isIn(request, OFFICE_GROUP, ADMIN_GROUP)));
        registration.setName("engine-operations-guard");
        registration.addUrlPatterns(ENGINE_APIS);
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<FormVariablesGuardFilter> formVariablesGuard(DeployedForms forms, RequestCaller caller) {
        FilterRegistrationBean<FormVariablesGuardFilter> registration = new FilterRegistrationBean<>(
                new FormVariablesGuardFilter(forms, request -> caller.isIn(request, OFFICE_GROUP, ADMIN_GROUP)));
        registration.setName("form-variables-guard");
        registration.addUrlPatterns(ENGINE_APIS);
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return registration;
    }
}
