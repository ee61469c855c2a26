package cn.wuhan.qualityaward.panel;

import cn.wuhan.qualityaward.engine.SystemAuthority;
import cn.wuhan.qualityaward.identity.Groups;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /** The user's first name, which holds the whole name (姓名) as the demo and Admin keep it. */
    @Override
    public Map<String, String> names(Collection<String> expertIds) {
        if (expertIds.isEmpty()) {
            return Map.of();
        }
        Map<String, String> names = new HashMap<>();
        SystemAuthority.call(() -> identity.createUserQuery()
                        .userIdIn(expertIds.stream().distinct().toArray(String[]::new))
                        .list())
                .stream()
                .filter(user ->
                        user.getFirstName() != null && !user.getFirstName().isBlank())
                .forEach(user -> names.put(user.getId(), user.getFirstName()));
        return names;
    }
}
