package cn.wuhan.qualityaward.engine;

import java.util.Set;
import org.camunda.bpm.engine.spring.ApplicationContextElResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.springframework.context.ApplicationContext;

/**
 * Resolves the names of the {@link TaskFormBinding} beans, and only those, ahead of the engine's
 * {@code VariableScopeElResolver}, which asks the scope {@code hasVariable} first (and so reads the
 * variables of a task and of every execution above it) for every name. Every other name is left to
 * the engine's resolvers in their usual order.
 */
class TaskFormBindingResolver extends ApplicationContextElResolver {

    private volatile Set<String> names;

    TaskFormBindingResolver(ApplicationContext applicationContext) {
        super(applicationContext);
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        return base == null && property instanceof String name && names().contains(name)
                ? super.getValue(context, base, property)
                : null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        if (base == null && property instanceof String name && names().contains(name)) {
            super.setValue(context, base, property, value);
        }
    }

    /** Read once, when the first expression is evaluated; no bean is created to find them. */
    private Set<String> names() {
        Set<String> known = names;
        if (known == null) {
            known = Set.of(applicationContext.getBeanNamesForType(TaskFormBinding.class, true, false));
            names = known;
        }
        return known;
    }
}
