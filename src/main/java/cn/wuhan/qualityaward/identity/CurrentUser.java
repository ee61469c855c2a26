package cn.wuhan.qualityaward.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** The person or portal behind the current /api request. */
@Component
public class CurrentUser {

    private final IdentityService identity;

    public CurrentUser(IdentityService identity) {
        this.identity = identity;
    }

    public String id() {
        Authentication authentication = identity.getCurrentAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }

    public boolean isIn(String group) {
        Authentication authentication = identity.getCurrentAuthentication();
        return authentication != null
                && authentication.getGroupIds() != null
                && authentication.getGroupIds().contains(group);
    }

    public boolean isOffice() {
        return isIn(Groups.OFFICE);
    }
}
