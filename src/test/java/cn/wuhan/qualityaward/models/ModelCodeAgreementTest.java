package cn.wuhan.qualityaward.models;

import static org.assertj.core.api.Assertions.assertThat;

import cn.wuhan.qualityaward.QualityAwardApplication;
import cn.wuhan.qualityaward.cycle.AwardCycleProcess;
import cn.wuhan.qualityaward.engine.JsonListVariable;
import cn.wuhan.qualityaward.engine.ProcessVariable;
import cn.wuhan.qualityaward.nomination.NominationProcess;
import cn.wuhan.qualityaward.nomination.ScoringForms;
import cn.wuhan.qualityaward.nomination.Track;
import cn.wuhan.qualityaward.notice.ObjectionProcess;
import cn.wuhan.qualityaward.support.ModelBeans;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.ErrorEventDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.ReceiveTask;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOutputParameter;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.InputExpression;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.SimpleBeanDefinitionRegistry;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The models and the code agree (issue #12, item 3), without starting Spring or an engine: every
 * constant of a {@code …Process} class (its key, elements, messages, errors, variables) is found in its
 * model with the type its name promises; every bean a model's expressions name is a bean of the
 * application; every form a model or the code names is a form of {@code forms/}; every decision a
 * model or the code names is a decision of {@code processes/}.
 *
 * <p>The models, forms and decisions are read as the application deploys them (the class path patterns
 * of {@code camunda.bpm.deployment-resource-pattern}); the beans are found as Spring's component scan
 * finds them, in the application's own classes only.
 */
class ModelCodeAgreementTest {

    private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

    /** Each model and the class that names its parts. */
    private static final Map<Class<?>, String> MODELS = Map.of(
            AwardCycleProcess.class, "processes/award-cycle.bpmn",
            NominationProcess.class, "processes/nomination.bpmn",
            ObjectionProcess.class, "processes/objection.bpmn");

    /** What an element id's prefix promises (the house rule {@code <type>_<purpose>}). */
    private static final Map<String, Predicate<ModelElementInstance>> TYPE_OF_PREFIX = new LinkedHashMap<>();

    static {
        TYPE_OF_PREFIX.put("startEvent", e -> e instanceof StartEvent);
        TYPE_OF_PREFIX.put("endEvent", e -> e instanceof EndEvent);
        TYPE_OF_PREFIX.put("serviceTask", e -> e instanceof ServiceTask);
        TYPE_OF_PREFIX.put("userTask", e -> e instanceof UserTask);
        TYPE_OF_PREFIX.put("businessRuleTask", e -> e instanceof BusinessRuleTask);
        TYPE_OF_PREFIX.put("receiveTask", e -> e instanceof ReceiveTask);
        TYPE_OF_PREFIX.put("gateway", e -> e instanceof Gateway);
        TYPE_OF_PREFIX.put("subProcess", e -> e instanceof SubProcess sub && !sub.triggeredByEvent());
        TYPE_OF_PREFIX.put("eventSubProcess", e -> e instanceof SubProcess sub && sub.triggeredByEvent());
        TYPE_OF_PREFIX.put(
                "timer",
                e -> e instanceof CatchEvent event
                        && event.getEventDefinitions().stream().anyMatch(TimerEventDefinition.class::isInstance));
        TYPE_OF_PREFIX.put(
                "error",
                e -> e instanceof BoundaryEvent event
                        && event.getEventDefinitions().stream().anyMatch(ErrorEventDefinition.class::isInstance));
    }

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]*)}");
    private static final Pattern METHOD_CALL =
            Pattern.compile("([A-Za-z_]\\w*)\\s*\\.\\s*([A-Za-z_]\\w*)\\s*\\(([^)]*)\\)");
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w.'])([A-Za-z_]\\w*)");
    private static final Pattern QUOTED = Pattern.compile("'[^']*'|\"[^\"]*\"");
    /** JUEL's reserved words, and what the engine itself offers every expression. */
    private static final Set<String> BUILT_IN = Set.of(
            "true",
            "false",
            "null",
            "empty",
            "not",
            "and",
            "or",
            "eq",
            "ne",
            "lt",
            "gt",
            "le",
            "ge",
            "div",
            "mod",
            "instanceof",
            "execution",
            "task",
            "authenticatedUserId");

    private static final Map<Class<?>, BpmnModelInstance> PARSED = new HashMap<>();
    private static Map<String, Class<?>> beans;
    private static Set<String> formIds;
    private static Map<String, DmnModelInstance> decisions;

    @BeforeAll
    static void readWhatTheApplicationDeploysAndItsBeans() throws IOException {
        beans = applicationBeans();
        formIds = new TreeSet<>();
        for (Resource form : resources("classpath*:forms/**/*.form")) {
            try (InputStream json = form.getInputStream()) {
                formIds.add(new ObjectMapper().readTree(json).path("id").asText());
            }
        }
        decisions = new HashMap<>();
        for (Resource dmn : resources("classpath*:processes/**/*.dmn")) {
            try (InputStream xml = dmn.getInputStream()) {
                DmnModelInstance model = Dmn.readModelFromStream(xml);
                model.getModelElementsByType(Decision.class).forEach(d -> decisions.put(d.getId(), model));
            }
        }
    }

    static Stream<Class<?>> processClasses() {
        return MODELS.keySet().stream().sorted((a, b) -> a.getName().compareTo(b.getName()));
    }

    @Test
    void everyDeployedModelHasAProcessClassThatNamesItsParts() throws IOException {
        List<String> deployed = new ArrayList<>();
        for (Resource model : resources("classpath*:processes/**/*.bpmn")) {
            String url = model.getURL().toString();
            deployed.add(url.substring(url.lastIndexOf("processes/")));
        }

        assertThat(deployed).containsExactlyInAnyOrderElementsOf(MODELS.values());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("processClasses")
    void theKeyNamesTheExecutableProcessOfItsModel(Class<?> processClass) {
        BpmnModelInstance model = modelOf(processClass);
        String key = (String) constant(processClass, "KEY");

        assertThat(model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class))
                .filteredOn(org.camunda.bpm.model.bpmn.instance.Process::isExecutable)
                .extracting(org.camunda.bpm.model.bpmn.instance.Process::getId)
                .containsExactly(key);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("processClasses")
    void everyElementTheCodeNamesIsInTheModelWithTheTypeItsNameSays(Class<?> processClass) {
        BpmnModelInstance model = modelOf(processClass);
        List<String> problems = new ArrayList<>();

        for (Map.Entry<String, Object> element :
                constants(processClass, "Elements").entrySet()) {
            String id = (String) element.getValue();
            ModelElementInstance found = model.getModelElementById(id);
            String prefix = id.substring(0, Math.max(0, id.indexOf('_')));
            if (found == null) {
                problems.add(element.getKey() + " = " + id + ": not in the model");
            } else if (!TYPE_OF_PREFIX.containsKey(prefix)) {
                problems.add(element.getKey() + " = " + id + ": no known type prefix <type>_<purpose>");
            } else if (!TYPE_OF_PREFIX.get(prefix).test(found)) {
                problems.add(element.getKey() + " = " + id + ": is a "
                        + found.getElementType().getTypeName() + ", not a " + prefix);
            }
        }

        assertThat(problems).as("elements of " + processClass.getSimpleName()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("processClasses")
    void everyFlowNodeOfTheModelIsNamedByTheCode(Class<?> processClass) {
        Collection<Object> named = constants(processClass, "Elements").values();
        Set<String> unnamed = new TreeSet<>();
        modelOf(processClass).getModelElementsByType(FlowNode.class).stream()
                .map(FlowNode::getId)
                .filter(id -> !named.contains(id))
                .forEach(unnamed::add);

        assertThat(unnamed)
                .as("flow nodes of %s without a constant in its Elements", processClass.getSimpleName())
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("processClasses")
    void everyMessageTheCodeNamesIsAMessageTheModelWaitsFor(Class<?> processClass) {
        BpmnModelInstance model = modelOf(processClass);
        Set<String> awaited = new TreeSet<>();
        model.getModelElementsByType(ReceiveTask.class).stream()
                .map(ReceiveTask::getMessage)
                .filter(message -> message != null)
                .forEach(message -> awaited.add(message.getName()));
        model.getModelElementsByType(MessageEventDefinition.class).stream()
                .map(MessageEventDefinition::getMessage)
                .filter(message -> message != null)
                .forEach(message -> awaited.add(message.getName()));
        Set<String> declared = new TreeSet<>();
        model.getModelElementsByType(Message.class).forEach(message -> declared.add(message.getName()));

        Collection<Object> named = constants(processClass, "Messages").values();

        assertThat(awaited)
                .as("messages " + processClass.getSimpleName() + " waits for")
                .containsAll(declared);
        assertThat(named)
                .as("messages of " + processClass.getSimpleName())
                .containsExactlyInAnyOrderElementsOf(awaited);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("processClasses")
    void everyErrorTheCodeThrowsIsCaughtByTheModel(Class<?> processClass) {
        BpmnModelInstance model = modelOf(processClass);
        Set<String> caught = new TreeSet<>();
        model.getModelElementsByType(ErrorEventDefinition.class).stream()
                .map(ErrorEventDefinition::getError)
                .filter(error -> error != null)
                .forEach(error -> caught.add(error.getErrorCode()));

        Collection<Object> named = constants(processClass, "Errors").values();

        assertThat(named).as("errors of " + processClass.getSimpleName()).containsExactlyInAnyOrderElementsOf(caught);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("processClasses")
    void everyDelegateExpressionNamesABeanOfTheApplication(Class<?> processClass) {
        Set<String> delegates = ModelBeans.delegateBeans(modelOf(processClass));

        assertThat(delegates).isNotEmpty();
        assertThat(missing(delegates, beans.keySet()))
                .as("delegate expressions of %s that name no bean", processClass.getSimpleName())
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("processClasses")
    void everyMethodAnExpressionCallsIsAPublicMethodOfItsBean(Class<?> processClass) {
        List<String> problems = new ArrayList<>();
        for (String expression : expressions(processClass)) {
            Matcher call = METHOD_CALL.matcher(expression);
            while (call.find()) {
                String bean = call.group(1);
                String method = call.group(2);
                int arguments = call.group(3).isBlank() ? 0 : call.group(3).split(",").length;
                Class<?> type = beans.get(bean);
                if (type == null) {
                    problems.add(expression + ": no bean " + bean);
                } else if (Arrays.stream(type.getMethods())
                        .noneMatch(m -> m.getName().equals(method) && m.getParameterCount() == arguments)) {
                    problems.add(expression + ": " + type.getSimpleName() + " has no public " + method + " of "
                            + arguments + " argument(s)");
                }
            }
        }

        assertThat(problems).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("processClasses")
    void everyVariableTheModelReadsIsDeclaredInTheProcessClass(Class<?> processClass) {
        BpmnModelInstance model = modelOf(processClass);
        Set<String> delegates = ModelBeans.delegateBeans(model);
        Set<String> read = new TreeSet<>();
        for (String expression : expressions(processClass)) {
            Matcher identifier = IDENTIFIER.matcher(QUOTED.matcher(expression).replaceAll("''"));
            while (identifier.find()) {
                String name = identifier.group(1);
                if (!BUILT_IN.contains(name) && !beans.containsKey(name) && !delegates.contains(name)) {
                    read.add(name);
                }
            }
        }
        for (String attribute : List.of("elementVariable", "resultVariable")) {
            for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
                Optional.ofNullable(element.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", attribute))
                        .ifPresent(read::add);
            }
        }
        model.getModelElementsByType(CamundaInputParameter.class)
                .forEach(parameter -> read.add(parameter.getCamundaName()));
        model.getModelElementsByType(CamundaOutputParameter.class)
                .forEach(parameter -> read.add(parameter.getCamundaName()));
        for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
            if (task.getCamundaDecisionRef() != null) {
                read.addAll(inputsOf(task.getCamundaDecisionRef()));
            }
        }

        assertThat(missing(read, variableNames(processClass)))
                .as("variables the model reads that %s.Variables does not declare", processClass.getSimpleName())
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("processClasses")
    void everyFormTheModelNamesIsAFormOfTheApplication(Class<?> processClass) {
        BpmnModelInstance model = modelOf(processClass);
        Set<String> named = new TreeSet<>();
        for (FlowNode element : model.getModelElementsByType(FlowNode.class)) {
            String formRef = element.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef");
            if (formRef != null && !formRef.startsWith("${")) {
                named.add(formRef);
            }
        }

        assertThat(named).isNotEmpty();
        assertThat(missing(named, formIds))
                .as("forms of %s that are not in forms/", processClass.getSimpleName())
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("processClasses")
    void noFormReferenceFollowsTheLatestDeployedForm(Class<?> processClass) {
        BpmnModelInstance model = modelOf(processClass);
        Map<String, String> bindings = new TreeMap<>();
        for (FlowNode element : model.getModelElementsByType(FlowNode.class)) {
            if (element.getAttributeValueNs(CAMUNDA, "formRef") != null) {
                bindings.put(element.getId(), element.getAttributeValueNs(CAMUNDA, "formRefBinding"));
            }
        }

        assertThat(bindings).isNotEmpty();
        // a form deployed later (by an administrator, or with the next release) must not change what
        // an open task shows or accepts: each form comes from the model's own deployment, or, for the
        // score sheets, from the version deployed for the cycle
        bindings.forEach((element, binding) -> assertThat(binding)
                .as("formRefBinding of %s", element)
                .isEqualTo(element.equals(NominationProcess.Elements.SCORE) ? "version" : "deployment"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("processClasses")
    void everyDecisionAModelCallsIsTheTableOfItsCyclesYear(Class<?> processClass) {
        // a step that evaluates its table in code (审核申报资格) takes the same table from CycleDecisions
        for (BusinessRuleTask task : modelOf(processClass).getModelElementsByType(BusinessRuleTask.class)) {
            if (task.getCamundaDecisionRef() == null) {
                continue;
            }
            assertThat(task.getAttributeValueNs(CAMUNDA, "decisionRefBinding"))
                    .as("decisionRefBinding of %s", task.getId())
                    .isEqualTo("versionTag");
            assertThat(task.getAttributeValueNs(CAMUNDA, "decisionRefVersionTag"))
                    .as("decisionRefVersionTag of %s", task.getId())
                    .isEqualTo("${cycleDecisions.tag(" + NominationProcess.Variables.NOMINATION_ID.name() + ", '"
                            + task.getCamundaDecisionRef() + "')}");
        }
    }

    @Test
    void theScoreTaskShowsTheVersionOfItsFormDeployedForTheCycle() {
        FlowNode score = modelOf(NominationProcess.class).getModelElementById(NominationProcess.Elements.SCORE);

        // from the task alone: the bean reads the award's tables, no variable (issue #18)
        assertThat(score.getAttributeValueNs(CAMUNDA, "formRefVersion")).isEqualTo("${cycleScoreForms.version(task)}");
    }

    @Test
    void everyScoreSheetFormTheCodeChoosesIsAFormOfTheApplication() {
        List<String> chosen = Arrays.stream(Track.values())
                .filter(track -> !track.needsReferenceTrack())
                .map(ScoringForms::formKey)
                .toList();

        assertThat(modelOf(NominationProcess.class)
                        .getModelElementById(NominationProcess.Elements.SCORE)
                        .getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef"))
                .isEqualTo("${cycleScoreForms.formKey(task)}");
        assertThat(chosen).isNotEmpty();
        assertThat(formIds).containsAll(chosen);
    }

    @Test
    void everyDecisionTheModelsOrTheCodeNameIsADeployedDecision() {
        Set<String> named = new TreeSet<>(List.of(NominationProcess.ELIGIBILITY_DECISION));
        for (Class<?> processClass : MODELS.keySet()) {
            modelOf(processClass).getModelElementsByType(BusinessRuleTask.class).stream()
                    .map(BusinessRuleTask::getCamundaDecisionRef)
                    .filter(ref -> ref != null)
                    .forEach(named::add);
        }

        assertThat(decisions.keySet()).containsAll(named);
        assertThat(variableNames(NominationProcess.class))
                .as("inputs of " + NominationProcess.ELIGIBILITY_DECISION)
                .containsAll(inputsOf(NominationProcess.ELIGIBILITY_DECISION));
    }

    private static Set<String> missing(Collection<String> named, Collection<String> existing) {
        Set<String> missing = new TreeSet<>(named);
        missing.removeAll(existing);
        return missing;
    }

    private static BpmnModelInstance modelOf(Class<?> processClass) {
        return PARSED.computeIfAbsent(processClass, c -> ModelBeans.read(MODELS.get(c)));
    }

    /** Every {@code ${…}} of the model's XML: conditions, timers, assignees, collections, delegates. */
    private static List<String> expressions(Class<?> processClass) {
        String xml;
        try (InputStream model =
                ModelCodeAgreementTest.class.getClassLoader().getResourceAsStream(MODELS.get(processClass))) {
            xml = new String(model.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> expressions = new ArrayList<>();
        Matcher expression = EXPRESSION.matcher(xml.replace("&apos;", "'").replace("&quot;", "\""));
        while (expression.find()) {
            expressions.add(expression.group(1));
        }
        return expressions;
    }

    private static Set<String> inputsOf(String decisionId) {
        DmnModelInstance model = decisions.get(decisionId);
        assertThat(model).as("decision " + decisionId).isNotNull();
        Set<String> inputs = new TreeSet<>();
        Decision decision = model.getModelElementById(decisionId);
        model.getModelElementsByType(InputExpression.class).stream()
                .filter(input -> isWithin(input, decision))
                .forEach(input -> inputs.add(input.getText().getTextContent().trim()));
        return inputs;
    }

    private static boolean isWithin(ModelElementInstance element, ModelElementInstance ancestor) {
        for (ModelElementInstance e = element; e != null; e = e.getParentElement()) {
            if (e.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    /** The names of every variable constant of the class's {@code Variables}. */
    private static Set<String> variableNames(Class<?> processClass) {
        Set<String> names = new TreeSet<>();
        for (Object variable : constants(processClass, "Variables").values()) {
            if (variable instanceof ProcessVariable<?> typed) {
                names.add(typed.name());
            } else if (variable instanceof JsonListVariable list) {
                names.add(list.name());
            } else if (variable instanceof String name) {
                names.add(name);
            }
        }
        return names;
    }

    /** The public constants of a nested class such as {@code Elements}, by field name; none if absent. */
    private static Map<String, Object> constants(Class<?> processClass, String nested) {
        Map<String, Object> constants = new LinkedHashMap<>();
        for (Class<?> inner : processClass.getClasses()) {
            if (inner.getSimpleName().equals(nested)) {
                for (Field field : inner.getFields()) {
                    if (Modifier.isStatic(field.getModifiers()) && Modifier.isFinal(field.getModifiers())) {
                        constants.put(field.getName(), read(field));
                    }
                }
            }
        }
        return constants;
    }

    private static Object constant(Class<?> type, String name) {
        try {
            return type.getField(name).get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type.getName() + " has no constant " + name, e);
        }
    }

    private static Object read(Field field) {
        try {
            return field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The application's beans by name with their types, as the component scan names them, and the
     * {@code @Bean} methods of the scanned classes; classes of the tests' own (a {@code @TestComponent})
     * do not count.
     */
    private static Map<String, Class<?>> applicationBeans() {
        URL application = QualityAwardApplication.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation();
        ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(true);
        Map<String, Class<?>> found = new LinkedHashMap<>();
        for (BeanDefinition candidate : scan.findCandidateComponents(QualityAwardApplication.class.getPackageName())) {
            Class<?> type = load(candidate.getBeanClassName());
            if (!application.equals(type.getProtectionDomain().getCodeSource().getLocation())) {
                continue;
            }
            found.put(
                    AnnotationBeanNameGenerator.INSTANCE.generateBeanName(
                            candidate, new SimpleBeanDefinitionRegistry()),
                    type);
            for (Method method : type.getDeclaredMethods()) {
                Bean bean = method.getAnnotation(Bean.class);
                if (bean != null) {
                    Set<String> names = new LinkedHashSet<>(List.of(bean.name()));
                    names.addAll(List.of(bean.value()));
                    if (names.isEmpty()) {
                        names.add(method.getName());
                    }
                    names.forEach(name -> found.put(name, method.getReturnType()));
                }
            }
        }
        return found;
    }

    private static Class<?> load(String className) {
        try {
            return Class.forName(className, false, ModelCodeAgreementTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Resource[] resources(String pattern) throws IOException {
        return new PathMatchingResourcePatternResolver().getResources(pattern);
    }
}
