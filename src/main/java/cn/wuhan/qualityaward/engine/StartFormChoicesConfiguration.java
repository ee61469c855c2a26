package cn.wuhan.qualityaward.engine;

import java.util.List;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Today's options in the start forms' selects, on both REST entrances to the engine. */
@Configuration
public class StartFormChoicesConfiguration {

    @Bean
    FilterRegistrationBean<StartFormChoicesFilter> startFormChoices(List<StartFormChoices> providers) {
        FilterRegistrationBean<StartFormChoicesFilter> registration =
                new FilterRegistrationBean<>(new StartFormChoicesFilter(providers));
        registration.setName("start-form-choices");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return registration;
    }
}
