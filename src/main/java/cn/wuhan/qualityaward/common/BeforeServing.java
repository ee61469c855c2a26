package cn.wuhan.qualityaward.common;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Published once at start, when every bean is ready and before the web server opens its port
 * (Spring Boot starts it in lifecycle phase {@code DEFAULT_PHASE - 2048}; this runs in an earlier
 * one). Start-up work that people must find done (roles, filters, the shipped criteria, the demo)
 * listens for this event, ordered by {@code @Order}, instead of {@code ApplicationReadyEvent}, which
 * comes after the port has opened. A listener that throws stops the start before anyone is served.
 * The job executor still starts only at {@code ApplicationReadyEvent}.
 */
public record BeforeServing() {

    /** Publishes {@link BeforeServing} once, in a lifecycle phase before the web server's. */
    @Component
    static class Publisher implements SmartLifecycle {

        static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

        private final ApplicationEventPublisher events;
        private boolean published;
        private volatile boolean running;

        Publisher(ApplicationEventPublisher events) {
            this.events = events;
        }

        @Override
        public void start() {
            if (!published) {
                published = true;
                events.publishEvent(new BeforeServing());
            }
            running = true;
        }

        @Override
        public void stop() {
            running = false;
        }

        @Override
        public boolean isRunning() {
            return running;
        }

        @Override
        public int getPhase() {
            return PHASE;
        }
    }
}
