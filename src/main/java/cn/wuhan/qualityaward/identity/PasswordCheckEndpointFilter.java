package cn.wuhan.qualityaward.identity;

import cn.wuhan.qualityaward.api.ApiError;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Closes the engine's {@code POST identity/verify}, which answers 200 with {@code authenticated:
 * false} for a wrong password: anyone who may read users (the office) could guess passwords there
 * around {@link LoginThrottle}, which counts 401s. Nothing in the web apps uses it; a program checks
 * a password by logging in with HTTP Basic. Answers 403 {@code PASSWORD_CHECK_CLOSED}.
 */
public class PasswordCheckEndpointFilter extends OncePerRequestFilter {

    static final String CODE = "PASSWORD_CHECK_CLOSED";

    private static final Pattern VERIFY =
            Pattern.compile("/(?:engine-rest(?:/engine/[^/]+)?|camunda/api/engine/engine/[^/]+)/identity/verify/?");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = (request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo()))
                .replaceAll("/{2,}", "/");
        if (!VERIFY.matcher(path).matches()) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(JSON.writeValueAsString(ApiError.of(CODE, "此接口已关闭：请直接用用户名和密码登录。")));
    }
}
