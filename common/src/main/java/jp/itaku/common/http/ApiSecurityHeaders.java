package jp.itaku.common.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * The services' answers are data (JSON, downloads with personal information), never pages: nothing in them may
 * run, be framed, be sniffed into another type or be kept in a cache (issue 19). The gateway sets the same on what
 * it relays; these hold when a service is reached directly inside the cluster. Swagger UI keeps its own scripts.
 */
@Singleton
public class ApiSecurityHeaders {

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            rc.addHeadersEndHandler(ignored -> apply(rc));
            rc.next();
        }, 3000);
    }

    private static void apply(RoutingContext rc) {
        MultiMap headers = rc.response().headers();
        String path = rc.request().path() == null ? "" : rc.request().path();
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("Content-Security-Policy", path.contains("/swagger-ui")
                ? "frame-ancestors 'none'" : "default-src 'none'; frame-ancestors 'none'");
        if (!headers.contains("Cache-Control")) {
            headers.set("Cache-Control", "no-store");
        }
    }
}
