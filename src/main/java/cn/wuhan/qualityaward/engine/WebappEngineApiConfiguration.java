package cn.wuhan.qualityaward.engine;

import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The web apps' own engine API ({@code /camunda/api/engine/*}, what Tasklist, Cockpit and Admin call)
 * with the same answers as {@code /engine-rest}: a refused form 400 with its Chinese message, a lost
 * database 503, a missing permission 403 in Chinese. Camunda's application for it takes no mapper of
 * ours, and its own wraps a refusal as 500 "Cannot submit task form …: …". Camunda's webapp
 * initializer registers that API only when no servlet of the name {@value #SERVLET_NAME} exists, so
 * this registration, ordered before it, takes its place with Camunda's resources and our mappers.
 */
@Configuration
public class WebappEngineApiConfiguration {

    /** The servlet name Camunda's {@code CamundaBpmWebappInitializer} gives the web apps' engine API. */
    static final String SERVLET_NAME = "Engine Api";

    @Bean
    ServletRegistrationBean<ServletContainer> webappEngineApi(CamundaBpmProperties camunda) {
        ServletRegistrationBean<ServletContainer> registration = new ServletRegistrationBean<>(
                new ServletContainer(), camunda.getWebapp().getApplicationPath() + "/api/engine/*");
        registration.setName(SERVLET_NAME);
        registration.addInitParameter("jakarta.ws.rs.Application", WebappEngineApi.class.getName());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Camunda's web apps' engine API, with the mappers {@link EngineRestConfiguration} gives {@code /engine-rest}. */
    public static class WebappEngineApi extends EngineRestApplication {

        @Override
        public Set<Class<?>> getClasses() {
            Set<Class<?>> classes = new HashSet<>(super.getClasses());
            classes.add(RefusedInputExceptionMapper.class);
            classes.add(DatabaseOutageExceptionMapper.class);
            classes.add(AuthorizationRefusalMapper.class);
            return classes;
        }
    }
}
