package cn.wuhan.qualityaward.identity;

import cn.wuhan.qualityaward.engine.RequestCaller;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The engine's REST API answers only to callers who authenticate with HTTP Basic against Camunda's
 * identity service; their groups then decide, through authorizations, what they may do. The award's
 * API and its documentation take HTTP Basic or the web apps' session. Every password check sits
 * behind the login throttle, and the engine never locks a user itself (application.yaml).
 */
@Configuration
public class RestAuthenticationConfiguration {

    /** After the database-outage filter, before anyone checks a password. */
    static final int THROTTLE_ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    static final int AUTHENTICATION_ORDER = THROTTLE_ORDER + 10;

    /** Needs the caller that the authentication filters have just established. */
    static final int MEMBERSHIP_ORDER = AUTHENTICATION_ORDER + 10;

    @Bean
    FilterRegistrationBean<LoginThrottleFilter> loginThrottleFilter(LoginThrottle throttle) {
        FilterRegistrationBean<LoginThrottleFilter> registration =
                new FilterRegistrationBean<>(new LoginThrottleFilter(throttle));
        registration.setName("login-throttle");
        registration.addUrlPatterns("/api/*", "/api-docs/*", "/engine-rest/*", "/camunda/api/admin/auth/user/*");
        registration.setOrder(THROTTLE_ORDER);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("engine-rest-authentication");
        registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/engine-rest/*");
        registration.setOrder(AUTHENTICATION_ORDER);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ApiAuthenticationFilter> apiAuthentication(IdentityService identity, ProcessEngine engine) {
        FilterRegistrationBean<ApiAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ApiAuthenticationFilter(identity, engine.getName()));
        registration.setName("api-authentication");
        // /api-docs/* covers /api-docs itself, the Swagger UI at /api-docs/ui and its configuration
        registration.addUrlPatterns("/api/*", "/api-docs/*");
        registration.setOrder(AUTHENTICATION_ORDER);
        return registration;
    }

    @Bean
    FilterRegistrationBean<MembershipPrivacyFilter> membershipPrivacy(RequestCaller callers) {
        FilterRegistrationBean<MembershipPrivacyFilter> registration =
                new FilterRegistrationBean<>(new MembershipPrivacyFilter(callers));
        registration.setName("membership-privacy");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setOrder(MEMBERSHIP_ORDER);
        return registration;
    }

    @Bean
    FilterRegistrationBean<PasswordCheckEndpointFilter> passwordCheckEndpoint() {
        FilterRegistrationBean<PasswordCheckEndpointFilter> registration =
                new FilterRegistrationBean<>(new PasswordCheckEndpointFilter());
        registration.setName("password-check-endpoint");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setOrder(MEMBERSHIP_ORDER);
        return registration;
    }
}
