package jp.itaku.gateway.portal.web;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * S3: the reason a person gave on the bulk-download confirmation form ({@code ?bulkReason=…} on the portal's
 * download URL) goes on to the service's download, which records it with the export.
 */
final class BulkReason {

    static final String PARAM = "bulkReason";

    private BulkReason() {
    }

    /** {@code path} with the current portal request's reason appended, or {@code path} when there is none. */
    static String forward(String path) {
        CurrentVertxRequest current = Arc.container().instance(CurrentVertxRequest.class).get();
        RoutingContext context = current == null ? null : current.getCurrent();
        String reason = context == null ? null : context.request().getParam(PARAM);
        if (reason == null || reason.isBlank()) {
            return path;
        }
        return path + (path.contains("?") ? "&" : "?") + PARAM + "="
                + URLEncoder.encode(reason.strip(), StandardCharsets.UTF_8);
    }
}
