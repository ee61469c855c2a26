package cn.wuhan.qualityaward.support;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.impl.json.jackson.format.JacksonJsonDataFormat;
import org.camunda.spin.plugin.impl.SpinObjectValueSerializer;
import org.slf4j.LoggerFactory;

/**
 * The process engine of the fast model tests ({@code *ModelTest}): no Spring, H2 in memory, no job
 * executor (a test runs each job itself), full history, and every bean an expression names looked up
 * in {@link Mocks} ({@link MockExpressionManager}), so a model runs with its delegates replaced (see
 * {@link ModelBeans}). Lists are serialized as JSON, as in the application. A test deploys its model
 * (and the decisions it calls) without the forms: the engine reads a {@code camunda:formRef} only when
 * someone asks for the form, never to create a task.
 *
 * <p>Built once per JVM and kept from what the Spring tests share in the same JVM: it is taken out of
 * {@link ProcessEngines} again (camunda-bpm-assert falls back to the only registered engine, which must
 * stay the application's), and it has Spin's JSON serializer without the Spin plugin, whose start would
 * reload Spin's data formats for the whole JVM without the application's Jackson modules.
 */
public final class ModelTestEngine {

    private static ProcessEngine engine;

    private ModelTestEngine() {}

    /**
     * The JUnit 5 extension on this engine: it deploys what a test's {@code @Deployment} names. The
     * engine starts with the first test, so its start counts in the time of the first test class.
     */
    public static ProcessEngineExtension extension() {
        return new ProcessEngineExtension() {
            @Override
            protected void initializeProcessEngine() {
                setProcessEngine(get());
            }
        };
    }

    public static synchronized ProcessEngine get() {
        if (engine == null) {
            StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
            configuration.setProcessEngineName("model-tests");
            configuration.setJdbcUrl("jdbc:h2:mem:model-tests;DB_CLOSE_DELAY=-1");
            configuration.setJobExecutorActivate(false);
            configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
            configuration.setExpressionManager(new MockExpressionManager());
            String json = Variables.SerializationDataFormats.JSON.getName();
            configuration.setDefaultSerializationFormat(json);
            configuration.setCustomPostVariableSerializers(
                    List.of(new SpinObjectValueSerializer("spin://" + json, new JacksonJsonDataFormat(json))));
            configuration.setCmmnEnabled(false);
            configuration.setMetricsEnabled(false);
            configuration.setDbMetricsReporterActivate(false);
            engine = quietly(configuration::buildProcessEngine);
            ProcessEngines.unregister(engine);
        }
        return engine;
    }

    /** The engine announces its start at INFO; a model test prints nothing, and leaves the level as it was. */
    private static <T> T quietly(Supplier<T> start) {
        if (!(LoggerFactory.getLogger("org.camunda") instanceof Logger camunda)) {
            return start.get();
        }
        Level before = camunda.getLevel();
        camunda.setLevel(Level.WARN);
        try {
            return start.get();
        } finally {
            camunda.setLevel(before);
        }
    }
}
