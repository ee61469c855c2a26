package cn.wuhan.qualityaward.identity;

import cn.wuhan.qualityaward.api.ApiError;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who calls /api (and reads /api-docs): a portal with HTTP Basic against Camunda's users, or a
 * person already logged in to Tasklist (its session), so links on task forms open without a second
 * login. Anonymous calls and wrong passwords get 401 {@code UNAUTHENTICATED}; a wrong password is not
 * made good by a session.
 *
 * <p>A change (any method but GET, HEAD, OPTIONS) on a session must come from the application's own
 * pages: its Origin or Referer must name this host, else 403 {@code CSRF_REFUSED}. Browsers send
 * Origin on every cross-site and same-site POST, so a change on a session that names neither is
 * refused too (only programs omit both, and they use HTTP Basic). A change with HTTP Basic that names
 * another site is refused as well: that is a browser replaying remembered credentials for a foreign
 * page; programs send no Origin and are unaffected.
 *
 * <p>Under {@code /api/public/} the filter stands aside: the public notice and the public's
 * objections need no account, and no one's session is carried into them.
 */
public class ApiAuthenticationFilter extends OncePerRequestFilter {

    static final String CSRF_REFUSED = "CSRF_REFUSED";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final IdentityService identity;
    private final String engine;

    /** {@code engine} is the process engine's name, under which the web apps keep their login in the session. */
    public ApiAuthenticationFilter(IdentityService identity, String engine) {
        this.identity = identity;
        this.engine = engine;
    }

    /** The public notice and objections: no login, and no one's authentication carried into them. */
    static final String PUBLIC = "/api/public/";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // the container's decoded and normalised path: /api/public/../cycles/… is not public
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return path.startsWith(PUBLIC);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        boolean change = !SAFE_METHODS.contains(request.getMethod());
        String userId;
        if (authorization != null) {
            userId = fromBasic(authorization);
            if (userId != null && change && SameOrigin.fromAnotherSite(request)) {
                refuseCrossSite(response);
                return;
            }
        } else {
            userId = fromWebappSession(request.getSession(false));
            if (userId != null && change && !SameOrigin.fromOwnPages(request)) {
                refuseCrossSite(response);
                return;
            }
        }
        if (userId == null) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Basic realm=\"award\", charset=\"UTF-8\"");
            write(response, ApiError.of("UNAUTHENTICATED", "请先登录：用户名或密码不正确"));
            return;
        }
        List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId)
                .toList();
        identity.setAuthentication(userId, groups);
        try {
            chain.doFilter(request, response);
        } finally {
            identity.clearAuthentication();
        }
    }

    private static void refuseCrossSite(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        write(response, ApiError.of(CSRF_REFUSED, "此请求来自其他网站，已拒绝。请在本系统的页面中操作。"));
    }

    private static void write(HttpServletResponse response, ApiError error) throws IOException {
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(JSON.writeValueAsString(error));
    }

    private String fromBasic(String header) {
        if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        String user = decoded.substring(0, colon);
        return identity.checkPassword(user, decoded.substring(colon + 1)) ? user : null;
    }

    private String fromWebappSession(HttpSession session) {
        if (session == null) {
            return null;
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        Authentication user =
                authentications == null ? null : authentications.getAuthenticationForProcessEngine(engine);
        return user == null ? null : user.getName();
    }
}
