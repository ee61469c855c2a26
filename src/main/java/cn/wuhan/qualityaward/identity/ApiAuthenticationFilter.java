package cn.wuhan.qualityaward.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who calls /api: a portal with HTTP Basic against Camunda's users, or a person already logged in to
 * Tasklist (its session), so links on task forms open without a second login. Anonymous calls get 401,
 * except under {@code /api/public/}: the public notice and the public's objections need no account.
 */
public class ApiAuthenticationFilter extends OncePerRequestFilter {

  private static final String ENGINE = "default";

  private final IdentityService identity;

  public ApiAuthenticationFilter(IdentityService identity) {
    this.identity = identity;
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
    String userId = fromBasic(request.getHeader("Authorization"));
    if (userId == null) {
      userId = fromTasklistSession(request.getSession(false));
    }
    if (userId == null) {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setHeader("WWW-Authenticate", "Basic realm=\"award\", charset=\"UTF-8\"");
      response.setContentType("application/json;charset=UTF-8");
      response.getWriter().write("{\"code\":\"UNAUTHENTICATED\",\"message\":\"请先登录：用户名或密码不正确\"}");
      return;
    }
    List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    identity.setAuthentication(userId, groups);
    try {
      chain.doFilter(request, response);
    } finally {
      identity.clearAuthentication();
    }
  }

  private String fromBasic(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
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

  private static String fromTasklistSession(HttpSession session) {
    if (session == null) {
      return null;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    Authentication user = authentications == null ? null : authentications.getAuthenticationForProcessEngine(ENGINE);
    return user == null ? null : user.getName();
  }
}
