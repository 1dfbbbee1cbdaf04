package jp.itaku.common.http;

import jakarta.inject.Inject;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * Refuses oversized bodies by their declared length before anything is read, with the same problem+json as
 * every other error (the HTTP layer's own limit would answer with an empty 413).
 */
@Singleton
public class BodySizeFilter {

    @Inject
    LimitsConfig limits;

    void register(@Observes Filters filters) {
        filters.register(this::check, 1000);
    }

    private void check(RoutingContext rc) {
        String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            long declared = parse(length);
            String type = String.valueOf(rc.request().getHeader(HttpHeaders.CONTENT_TYPE));
            long limit = type.startsWith("multipart/") || type.startsWith("application/octet-stream")
                    ? limits.uploadBytes() : limits.jsonBytes();
            if (declared > limit) {
                rc.response().setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end("{\"type\":\"https://itaku.jp/problems/413\",\"title\":\"サイズが上限を超えています\","
                                + "\"status\":413,\"detail\":\"リクエスト本文が上限（" + (limit / 1024 / 1024 > 0
                                ? limit / 1024 / 1024 + " MB" : limit / 1024 + " KB")
                                + "）を超えています。\",\"instance\":\"" + rc.request().path().replace("\"", "") + "\"}");
                return;
            }
        }
        rc.next();
    }

    private static long parse(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
