package cn.wuhan.qualityaward.engine;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.stereotype.Component;

/**
 * The groups of whoever sent a request to the engine's API, from the engine's authentication when it
 * is set already, else the web apps' session, else the name in an HTTP Basic header. The name in a
 * header is not checked here: it only ever narrows what a guard lets through, and the engine's own
 * authentication refuses a wrong password before the request reaches a resource.
 */
@Component
public class RequestCaller {

    private final IdentityService identity;
    /** The web apps keep a login in the session under the process engine's name. */
    private final String engine;

    public RequestCaller(ProcessEngine engine) {
        this.identity = engine.getIdentityService();
        this.engine = engine.getName();
    }

    /** The caller's groups; empty for an anonymous request. */
    public List<String> groups(HttpServletRequest request) {
        Authentication current = identity.getCurrentAuthentication();
        if (current != null && current.getGroupIds() != null) {
            return current.getGroupIds();
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
            if (authentications != null
                    && authentications.getAuthenticationForProcessEngine(engine) instanceof UserAuthentication user
                    && user.getGroupIds() != null) {
                return List.copyOf(user.getGroupIds());
            }
        }
        String user = basicUser(request.getHeader("Authorization"));
        if (user == null) {
            return List.of();
        }
        return identity.createGroupQuery().groupMember(user).list().stream()
                .map(Group::getId)
                .toList();
    }

    /** The caller's user id; null for an anonymous request. */
    public String userId(HttpServletRequest request) {
        Authentication current = identity.getCurrentAuthentication();
        if (current != null && current.getUserId() != null) {
            return current.getUserId();
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
            if (authentications != null
                    && authentications.getAuthenticationForProcessEngine(engine) instanceof UserAuthentication user) {
                return user.getName();
            }
        }
        return basicUser(request.getHeader("Authorization"));
    }

    public boolean isIn(HttpServletRequest request, String... groups) {
        List<String> member = groups(request);
        for (String group : groups) {
            if (member.contains(group)) {
                return true;
            }
        }
        return false;
    }

    private static String basicUser(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded =
                    new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }
}
