package cn.wuhan.qualityaward.engine;

import cn.wuhan.qualityaward.common.InvalidInputException;
import java.util.function.Supplier;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Turns a refused input into the engine's "bad user request": the transaction rolls back, the task or
 * start form stays as it was, and Tasklist and REST (400) show the Chinese message.
 */
public final class Refusal {

    private Refusal() {}

    public static <T> T guard(Supplier<T> work) {
        try {
            return work.get();
        } catch (InvalidInputException refused) {
            throw of(refused);
        }
    }

    /** The engine's form of a refusal, carrying the problems for callers that report them field by field. */
    public static BadUserRequestException of(InvalidInputException refused) {
        return new BadUserRequestException(refused.getMessage(), refused);
    }

    public static void guard(Runnable work) {
        guard(() -> {
            work.run();
            return null;
        });
    }
}
