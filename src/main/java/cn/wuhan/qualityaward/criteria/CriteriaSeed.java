package cn.wuhan.qualityaward.criteria;

import cn.wuhan.qualityaward.common.BeforeServing;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** At start, before the port opens and before the demo data: an empty database gets the shipped rubric as version 1. */
@Component
class CriteriaSeed {

    private final CriteriaService criteria;

    CriteriaSeed(CriteriaService criteria) {
        this.criteria = criteria;
    }

    @EventListener(BeforeServing.class)
    @Order(0)
    void seed() {
        criteria.seedShippedRubric();
    }
}
