package cn.wuhan.qualityaward.engine;

import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class EngineConfiguration {

    @Bean
    ProcessEnginePlugin blindScoringHistory(List<WithheldFromHistory> withheld) {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                configuration.setCustomHistoryLevels(List.of(new BlindScoringHistoryLevel(withheld)));
                configuration.setHistory(BlindScoringHistoryLevel.NAME);
            }
        };
    }

    /** The {@link TaskFormBinding} beans are resolved before the variables (issue #18). */
    @Bean
    ProcessEnginePlugin taskFormBindingsBeforeVariables(ApplicationContext applicationContext) {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                configuration.setExpressionManager(
                        new SpringExpressionManager(applicationContext, configuration.getBeans()) {
                            @Override
                            protected ELResolver createElResolver() {
                                CompositeELResolver resolver = new CompositeELResolver();
                                resolver.add(new TaskFormBindingResolver(applicationContext));
                                resolver.add(super.createElResolver());
                                return resolver;
                            }
                        });
            }
        };
    }
}
