package cn.wuhan.qualityaward.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.beans.factory.annotation.AnnotatedGenericBeanDefinition;
import org.springframework.beans.factory.support.SimpleBeanDefinitionRegistry;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;

/**
 * The beans one model names, for its fast model test (see {@link ModelTestEngine}). Every bean of a
 * {@code camunda:delegateExpression="${bean}"} in the model (service and business rule tasks, task and
 * execution listeners) becomes a {@link Step} that does nothing until the test says what it does, and
 * counts its calls; the beans of method expressions ({@code ${bean.method(...)}}) are registered as the
 * test gives them. A bean is named by its class, as Spring names it, so a renamed or moved class is a
 * compile error here rather than a string that no longer matches.
 *
 * <p>A JUnit 5 extension: before each test it registers the beans in {@link Mocks} and points
 * camunda-bpm-assert at the model test engine; after it, it clears both.
 */
public final class ModelBeans implements BeforeEachCallback, AfterEachCallback {

    private static final Pattern BEAN = Pattern.compile("^\\$\\{([A-Za-z_][A-Za-z0-9_]*)}$");

    private final Map<String, Step> steps = new LinkedHashMap<>();
    private final Map<String, Object> others = new LinkedHashMap<>();

    private ModelBeans(Set<String> delegateBeans) {
        delegateBeans.forEach(bean -> steps.put(bean, new Step()));
    }

    /** The beans of the model at this class path resource, e.g. {@code processes/objection.bpmn}. */
    public static ModelBeans forModel(String resource) {
        return new ModelBeans(delegateBeans(read(resource)));
    }

    public static BpmnModelInstance read(String resource) {
        try (InputStream model = ModelBeans.class.getClassLoader().getResourceAsStream(resource)) {
            if (model == null) {
                throw new IllegalArgumentException("no model on the class path at " + resource);
            }
            return Bpmn.readModelFromStream(model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bean names of every {@code camunda:delegateExpression} in the model, in document order. */
    public static Set<String> delegateBeans(BpmnModelInstance model) {
        List<String> expressions = new ArrayList<>();
        model.getModelElementsByType(ServiceTask.class)
                .forEach(task -> expressions.add(task.getCamundaDelegateExpression()));
        model.getModelElementsByType(BusinessRuleTask.class)
                .forEach(task -> expressions.add(task.getCamundaDelegateExpression()));
        model.getModelElementsByType(SendTask.class)
                .forEach(task -> expressions.add(task.getCamundaDelegateExpression()));
        model.getModelElementsByType(CamundaTaskListener.class)
                .forEach(listener -> expressions.add(listener.getCamundaDelegateExpression()));
        model.getModelElementsByType(CamundaExecutionListener.class)
                .forEach(listener -> expressions.add(listener.getCamundaDelegateExpression()));
        Set<String> beans = new LinkedHashSet<>();
        for (String expression : expressions) {
            if (expression != null) {
                Matcher bean = BEAN.matcher(expression.trim());
                if (!bean.matches()) {
                    throw new IllegalStateException("a delegate expression names more than a bean: " + expression);
                }
                beans.add(bean.group(1));
            }
        }
        return beans;
    }

    /** The name Spring gives the bean of this class: its {@code @Component} value, else the class name. */
    public static String beanName(Class<?> beanClass) {
        return AnnotationBeanNameGenerator.INSTANCE.generateBeanName(
                new AnnotatedGenericBeanDefinition(beanClass), new SimpleBeanDefinitionRegistry());
    }

    /** The stand-in of this delegate or listener; the model must name it. */
    public Step step(Class<?> delegateClass) {
        Step step = steps.get(beanName(delegateClass));
        if (step == null) {
            throw new IllegalArgumentException(
                    "the model names no delegate " + beanName(delegateClass) + ", only " + steps.keySet());
        }
        return step;
    }

    /**
     * Stands in for the bean of this class that a method expression of the model calls: any object with
     * a public method of the same name and parameters will do.
     */
    public void register(Class<?> beanClass, Object standIn) {
        others.put(beanName(beanClass), standIn);
        Mocks.register(beanName(beanClass), standIn);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        steps.forEach(Mocks::register);
        others.forEach(Mocks::register);
        BpmnAwareTests.init(ModelTestEngine.get());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    /**
     * A delegate or listener that runs what the test gave it ({@link #does}) and remembers where it ran.
     */
    public static final class Step implements JavaDelegate, TaskListener, ExecutionListener {

        private final List<String> ranAt = new ArrayList<>();
        private JavaDelegate behaviour = execution -> {};

        /** What the step does when it runs as a delegate or an execution listener. */
        public Step does(JavaDelegate behaviour) {
            this.behaviour = behaviour;
            return this;
        }

        /** The activities (or task definitions) the step ran at, in order. */
        public List<String> ranAt() {
            return List.copyOf(ranAt);
        }

        @Override
        public void execute(DelegateExecution execution) throws Exception {
            ranAt.add(execution.getCurrentActivityId());
            behaviour.execute(execution);
        }

        @Override
        public void notify(DelegateExecution execution) throws Exception {
            execute(execution);
        }

        @Override
        public void notify(DelegateTask task) {
            ranAt.add(task.getTaskDefinitionKey());
        }
    }
}
