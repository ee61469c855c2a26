package cn.wuhan.qualityaward.recommender;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * For nomination.bpmn: {@code camunda:candidateUsers="${nominationFilers.of(nominationId)}"} on
 * 登记补正材料, so the recommenders of the filing unit may claim it beside the office. A list, never a
 * string: an empty string would become a candidate named "".
 */
@Component("nominationFilers")
public class NominationFilers {

    private final RecommenderService recommenders;

    public NominationFilers(RecommenderService recommenders) {
        this.recommenders = recommenders;
    }

    public List<String> of(Long nominationId) {
        return nominationId == null ? List.of() : recommenders.correctionClaimants(nominationId);
    }
}
