package cn.wuhan.qualityaward.criteria;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** At start, before the demo data: an empty database gets the shipped rubric as version 1. */
@Component
class CriteriaSeed {

    private final CriteriaService criteria;

    CriteriaSeed(CriteriaService criteria) {
        this.criteria = criteria;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void seed() {
        criteria.seedShippedRubric();
    }
}
