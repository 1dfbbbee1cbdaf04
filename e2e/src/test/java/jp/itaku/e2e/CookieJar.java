package jp.itaku.e2e;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Host-only cookies with path matching, as a browser keeps them for 127.0.0.1 and localhost. */
final class CookieJar {

    private record Cookie(String name, String value, String path, boolean secure) {
    }

    private final Map<String, Map<String, Cookie>> byHost = new LinkedHashMap<>();

    void store(URI from, List<String> setCookieHeaders) {
        Map<String, Cookie> jar = byHost.computeIfAbsent(from.getHost(), h -> new LinkedHashMap<>());
        for (String header : setCookieHeaders) {
            String[] parts = header.split(";");
            int eq = parts[0].indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String name = parts[0].substring(0, eq).trim();
            String value = parts[0].substring(eq + 1).trim();
            String path = defaultPath(from);
            boolean secure = false;
            boolean expired = value.isEmpty();
            for (int i = 1; i < parts.length; i++) {
                String attribute = parts[i].trim();
                String lower = attribute.toLowerCase(Locale.ROOT);
                if (lower.startsWith("path=")) {
                    path = attribute.substring(5);
                } else if (lower.equals("secure")) {
                    secure = true;
                } else if (lower.startsWith("max-age=")) {
                    expired |= attribute.substring(8).trim().startsWith("0") || attribute.substring(8).trim().startsWith("-");
                } else if (lower.startsWith("expires=")) {
                    expired |= lower.contains("1970");
                }
            }
            String key = name + "|" + path;
            if (expired) {
                jar.remove(key);
            } else {
                jar.put(key, new Cookie(name, value, path, secure));
            }
        }
    }

    String headerFor(URI to) {
        String requestPath = to.getRawPath() == null || to.getRawPath().isEmpty() ? "/" : to.getRawPath();
        boolean trustworthy = "https".equals(to.getScheme()) || isLoopback(to.getHost());
        return byHost.getOrDefault(to.getHost(), Map.of()).values().stream()
                .filter(c -> pathMatches(requestPath, c.path()))
                .filter(c -> !c.secure() || trustworthy)
                .map(c -> c.name() + "=" + c.value())
                .collect(Collectors.joining("; "));
    }

    private static boolean pathMatches(String requestPath, String cookiePath) {
        if (requestPath.equals(cookiePath) || cookiePath.equals("/")) {
            return true;
        }
        String prefix = cookiePath.endsWith("/") ? cookiePath : cookiePath + "/";
        return requestPath.startsWith(prefix) || (requestPath + "/").equals(prefix);
    }

    private static String defaultPath(URI uri) {
        String path = uri.getRawPath();
        if (path == null || !path.startsWith("/") || path.lastIndexOf('/') == 0) {
            return "/";
        }
        return path.substring(0, path.lastIndexOf('/'));
    }

    private static boolean isLoopback(String host) {
        return "127.0.0.1".equals(host) || "localhost".equals(host) || "[::1]".equals(host);
    }
}
