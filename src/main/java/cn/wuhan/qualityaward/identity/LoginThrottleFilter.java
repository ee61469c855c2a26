package cn.wuhan.qualityaward.identity;

import cn.wuhan.qualityaward.api.ApiError;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingRequestWrapper;

/**
 * Puts {@link LoginThrottle} in front of every password check: HTTP Basic on /api, /api-docs and
 * /engine-rest, and the web apps' login form ({@code POST /camunda/api/admin/auth/user/{engine}/login/{app}}).
 * A held-off address hears 429 {@code TOO_MANY_FAILED_LOGINS} with {@code Retry-After} (seconds) and
 * its password is not checked; every refused password (401) is counted and logged at WARN on the
 * logger {@value #LOGGER} with the user name and the address.
 */
public class LoginThrottleFilter extends OncePerRequestFilter {

    /** The logger an administrator reads for failed logins. */
    public static final String LOGGER = "cn.wuhan.qualityaward.login";

    static final String CODE = "TOO_MANY_FAILED_LOGINS";

    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern WEB_APP_LOGIN = Pattern.compile("/camunda/api/admin/auth/user/[^/]+/login/[^/]+/?");
    private static final int FORM_LIMIT = 8 * 1024;

    private final LoginThrottle throttle;

    public LoginThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String basicUser = basicUser(request.getHeader(HttpHeaders.AUTHORIZATION));
        boolean loginForm = "POST".equals(request.getMethod())
                && WEB_APP_LOGIN.matcher(path(request)).matches();
        if (basicUser == null && !loginForm) {
            chain.doFilter(request, response);
            return;
        }
        String address = request.getRemoteAddr();
        Optional<Duration> heldOff = throttle.heldOff(address);
        if (heldOff.isPresent()) {
            refuse(response, heldOff.get());
            return;
        }
        HttpServletRequest checked = loginForm ? new ContentCachingRequestWrapper(request, FORM_LIMIT) : request;
        chain.doFilter(checked, response);
        if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
            String user = loginForm ? formUser((ContentCachingRequestWrapper) checked) : basicUser;
            throttle.failed(address);
            LOG.warn("登录失败：用户 {} 来自 {}（{} {}）", printable(user), address, request.getMethod(), path(request));
            if (throttle.heldOff(address).isPresent()) {
                LOG.warn("登录失败次数已达上限：来自 {} 的登录暂停到本时段结束", address);
            }
        }
    }

    private static void refuse(HttpServletResponse response, Duration remaining) throws IOException {
        long seconds = Math.max(1, (remaining.toMillis() + 999) / 1000);
        response.setStatus(429);
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(JSON.writeValueAsString(ApiError.of(CODE, "密码错误次数过多，请稍后再试（约 " + seconds + " 秒后）。")));
    }

    private static String path(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.replaceAll("/{2,}", "/");
    }

    /** The user name of an HTTP Basic header, or null when there is none. */
    static String basicUser(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded =
                    new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? decoded : decoded.substring(0, colon);
        } catch (IllegalArgumentException notBase64) {
            return "";
        }
    }

    private static String formUser(ContentCachingRequestWrapper request) {
        String form = new String(request.getContentAsByteArray(), StandardCharsets.ISO_8859_1);
        for (String pair : form.split("&")) {
            if (pair.startsWith("username=")) {
                try {
                    return URLDecoder.decode(pair.substring("username=".length()), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException badEscape) {
                    return pair.substring("username=".length());
                }
            }
        }
        return "";
    }

    /** A user name as typed by anyone, made safe for one log line. */
    private static String printable(String user) {
        String shown = user == null ? "" : user.replaceAll("\\p{Cntrl}", "?");
        return shown.length() > 64 ? shown.substring(0, 64) + "…" : shown;
    }
}
