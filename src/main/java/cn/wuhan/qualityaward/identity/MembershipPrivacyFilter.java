package cn.wuhan.qualityaward.identity;

import cn.wuhan.qualityaward.api.ApiError;
import cn.wuhan.qualityaward.engine.RequestCaller;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Until the result is out, who sits in which group (which experts, which committee) is confidential:
 * only the office and administrators may ask the engine's REST API about another user's groups or a
 * group's members. Everyone else asking {@code identity/groups?userId=}, {@code group[/count]?member=}
 * about someone else, or {@code user[/count]?memberOfGroup=} at all, hears 403
 * {@code MEMBERSHIP_CONFIDENTIAL}; at /engine-rest and its named-engine path /engine-rest/engine/{name}
 * (HTTP Basic) and at the web apps' copy of the API under /camunda/api/engine (their session, which
 * Tasklist uses for the user's own groups).
 *
 * <p>A filter rather than authorizations: the engine lets every member read their own group, and
 * Tasklist needs that to list one's own groups, so the question "about whom" is decided here.
 */
public class MembershipPrivacyFilter extends OncePerRequestFilter {

    static final String CODE = "MEMBERSHIP_CONFIDENTIAL";

    private static final Pattern QUERY = Pattern.compile(
            "/(?:engine-rest(?:/engine/[^/]+)?|camunda/api/engine/engine/[^/]+)/(identity/groups|group|group/count|user|user/count)/?");
    /** The query parameter that names whom each query is about. */
    private static final Map<String, String> PARAMETER = Map.of(
            "identity/groups", "userId",
            "group", "member",
            "group/count", "member",
            "user", "memberOfGroup",
            "user/count", "memberOfGroup");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RequestCaller callers;

    public MembershipPrivacyFilter(RequestCaller callers) {
        this.callers = callers;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher query = QUERY.matcher(decodedPath(request));
        String parameter = query.matches() ? PARAMETER.get(query.group(1)) : null;
        String[] named = parameter == null ? null : request.getParameterValues(parameter);
        Caller caller = named == null ? null : caller(request);
        // unauthenticated callers are the engine's to refuse
        if (caller == null
                || caller.mayKnowMemberships()
                || (!parameter.equals("memberOfGroup") && caller.isAll(named))) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(JSON.writeValueAsString(ApiError.of(CODE, "评审结果公布前，人员分组保密：只能查看本人所在的组。")));
    }

    /** Null for an anonymous request, which the engine refuses itself. */
    private Caller caller(HttpServletRequest request) {
        String userId = callers.userId(request);
        return userId == null ? null : new Caller(userId, callers.groups(request));
    }

    private static String decodedPath(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return path.replaceAll("/{2,}", "/");
    }

    private record Caller(String userId, Collection<String> groups) {

        boolean mayKnowMemberships() {
            return groups.contains(Groups.OFFICE) || groups.contains(Groups.ADMIN);
        }

        /** Whether every one of these user ids is the caller's own. */
        boolean isAll(String[] userIds) {
            return Arrays.stream(userIds).allMatch(userId::equals);
        }
    }
}
