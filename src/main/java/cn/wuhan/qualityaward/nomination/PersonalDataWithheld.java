package cn.wuhan.qualityaward.nomination;

import cn.wuhan.qualityaward.engine.WithheldFromHistory;
import org.springframework.stereotype.Component;

/** Tells the history level to keep no event of the {@link PersonalData}. */
@Component
public class PersonalDataWithheld implements WithheldFromHistory {

    @Override
    public boolean withholdsVariable(String name) {
        return PersonalData.isPersonalVariable(name);
    }

    @Override
    public boolean withholdsDecision(String decisionKey) {
        return PersonalData.isPersonalDecision(decisionKey);
    }
}
