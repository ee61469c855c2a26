package cn.wuhan.qualityaward.panel;

import cn.wuhan.qualityaward.identity.Groups;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** The expert pool is the Camunda group {@code experts}. */
@Component
public class CamundaExpertDirectory implements ExpertDirectory {

    private final IdentityService identity;

    public CamundaExpertDirectory(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public List<String> expertIds() {
        return identity.createUserQuery().memberOfGroup(Groups.EXPERTS).orderByUserId().asc().list().stream()
                .map(User::getId)
                .toList();
    }
}
