package cn.wuhan.qualityaward.engine;

/**
 * A bean that a user task's form binding calls ({@code camunda:formRef}, {@code camunda:formRefVersion},
 * e.g. {@code ${cycleScoreForms.version(task)}}). The engine resolves such a bean's name before the
 * task's variables ({@link TaskFormBindingResolver}): a task list resolves the form binding of every
 * task it shows, and the engine's own order first looks the name up among the variables of the task
 * and of each execution above it, a query each (issue #18). It also keeps a variable of the same name
 * from standing in for the bean. The bean takes what it needs from the award's tables, not from
 * variables.
 */
public interface TaskFormBinding {}
