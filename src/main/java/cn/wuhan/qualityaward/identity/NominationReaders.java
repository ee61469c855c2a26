package cn.wuhan.qualityaward.identity;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import cn.wuhan.qualityaward.engine.SystemAuthority;
import java.util.Collection;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/**
 * Lets the experts of a panel read the one nomination they score (its summary on their task cards
 * and forms); no expert reads any other nomination.
 */
@Component
public class NominationReaders {

  private final AuthorizationService authorizations;

  public NominationReaders(AuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  /** An expert who left the panel no longer reads the nomination. */
  public void revoke(String processInstanceId, String expertId) {
    SystemAuthority.run(
        () ->
            authorizations.createAuthorizationQuery()
                .userIdIn(expertId)
                .resourceType(Resources.PROCESS_INSTANCE)
                .resourceId(processInstanceId)
                .list()
                .forEach(a -> authorizations.deleteAuthorization(a.getId())));
  }

  public void grant(String processInstanceId, Collection<String> expertIds) {
    SystemAuthority.run(
        () -> {
          for (String expert : expertIds) {
            boolean granted =
                authorizations.createAuthorizationQuery()
                        .userIdIn(expert)
                        .resourceType(Resources.PROCESS_INSTANCE)
                        .resourceId(processInstanceId)
                        .count()
                    > 0;
            if (!granted) {
              Authorization read = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
              read.setUserId(expert);
              read.setResource(Resources.PROCESS_INSTANCE);
              read.setResourceId(processInstanceId);
              read.addPermission(Permissions.READ);
              authorizations.saveAuthorization(read);
            }
          }
        });
  }
}
