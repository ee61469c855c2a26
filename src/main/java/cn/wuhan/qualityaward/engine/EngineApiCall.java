package cn.wuhan.qualityaward.engine;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request to the engine's REST API, at {@code /engine-rest} (or {@code /engine-rest/engine/{engine}})
 * or inside the web apps at {@code /camunda/api/engine/engine/{engine}}, reduced to its path below that
 * root, split at "/".
 */
record EngineApiCall(String method, List<String> path) {

    /** Both entrances, and the named-engine form of the REST API ({@code /engine-rest/engine/default/…}). */
    private static final Pattern ROOT =
            Pattern.compile("^(?:/engine-rest(?:/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+)(/.*)?$");

    /** Null when the request is not for the engine's API. */
    static EngineApiCall of(HttpServletRequest request) {
        // decoded and normalised by the container, as the JAX-RS resources match it
        String uri = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        Matcher root = ROOT.matcher(uri);
        if (!root.matches()) {
            return null;
        }
        String rest = root.group(1) == null ? "" : root.group(1);
        List<String> segments = List.of(rest.replaceAll("^/+|/+$", "").split("/+"));
        return new EngineApiCall(request.getMethod().toUpperCase(), segments);
    }

    boolean is(String method, String... pattern) {
        if (!this.method.equals(method) || path.size() != pattern.length) {
            return false;
        }
        for (int i = 0; i < pattern.length; i++) {
            if (!"*".equals(pattern[i]) && !pattern[i].equals(path.get(i))) {
                return false;
            }
        }
        return true;
    }

    boolean startsWith(String... prefix) {
        if (path.size() < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (!"*".equals(prefix[i]) && !prefix[i].equals(path.get(i))) {
                return false;
            }
        }
        return true;
    }

    String segment(int index) {
        return path.get(index);
    }
}
