package cn.wuhan.qualityaward.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * Whether a browser's request comes from the application's own pages: its {@code Origin} (or, when a
 * browser sends none, its {@code Referer}) names the host and port the request was sent to (its
 * {@code Host} header). Behind a proxy the proxy must pass the browser's {@code Host} on.
 */
public final class SameOrigin {

    private SameOrigin() {}

    /** Whether the request names another site as its source (a missing Origin and Referer is not another site). */
    public static boolean fromAnotherSite(HttpServletRequest request) {
        String source = source(request);
        return source != null && !matchesHost(source, request.getHeader("Host"));
    }

    /** Whether the request names the application's own host as its source. */
    static boolean fromOwnPages(HttpServletRequest request) {
        String source = source(request);
        return source != null && matchesHost(source, request.getHeader("Host"));
    }

    private static String source(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin != null && !origin.isBlank()) {
            return origin.trim();
        }
        String referer = request.getHeader("Referer");
        return referer == null || referer.isBlank() ? null : referer.trim();
    }

    private static boolean matchesHost(String source, String host) {
        if (host == null || host.isBlank()) {
            return false;
        }
        URI uri;
        try {
            uri = new URI(source);
        } catch (URISyntaxException notAUri) {
            return false;
        }
        // "null" (a sandboxed frame, a file) and anything but http(s) is never our own page
        if (uri.getScheme() == null || uri.getHost() == null) {
            return false;
        }
        String scheme = uri.getScheme().toLowerCase();
        int defaultPort = switch (scheme) {
            case "http" -> 80;
            case "https" -> 443;
            default -> -1;
        };
        if (defaultPort < 0) {
            return false;
        }
        int sourcePort = uri.getPort() < 0 ? defaultPort : uri.getPort();
        URI ours;
        try {
            ours = new URI(scheme + "://" + host.trim());
        } catch (URISyntaxException badHost) {
            return false;
        }
        if (ours.getHost() == null || !ours.getHost().equalsIgnoreCase(uri.getHost())) {
            return false;
        }
        // a Host without a port is whatever default port the browser used (e.g. TLS ended at a proxy)
        return ours.getPort() < 0 ? sourcePort == defaultPort : ours.getPort() == sourcePort;
    }
}
