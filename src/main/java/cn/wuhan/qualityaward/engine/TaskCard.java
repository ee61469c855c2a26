package cn.wuhan.qualityaward.engine;

import java.util.List;

/**
 * The variables a Tasklist card shows beside each task (its filter's {@code variables}). They are
 * copied onto each task when it is created, so people read them with the task alone and never need
 * to read the process instance behind it.
 */
public final class TaskCard {

    public static final List<String> VARIABLES = List.of("nomineeName", "referenceNo", "trackLabel", "cycleName");

    private TaskCard() {}
}
