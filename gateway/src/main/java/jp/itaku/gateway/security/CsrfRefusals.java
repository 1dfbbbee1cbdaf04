package jp.itaku.gateway.security;

import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.Set;

/**
 * quarkus-rest-csrf refuses a portal form post without a valid token with an empty 400 before the resource runs
 * (so nothing is changed). People get the same Japanese 403 page as for a foreign origin instead.
 * A refusal is recognised by what the CSRF filter leaves behind: an unsafe request it did not mark as verified.
 */
public class CsrfRefusals {

    private static final Logger LOG = Logger.getLogger(CsrfRefusals.class);
    /** Set by io.quarkus.csrf.reactive.runtime.CsrfRequestResponseReactiveFilter when the token matched. */
    static final String VERIFIED = "csrf_token_verified";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    private final Refusals refusals;

    CsrfRefusals(Refusals refusals) {
        this.refusals = refusals;
    }

    @ServerResponseFilter
    public void explain(ContainerRequestContext request, ContainerResponseContext response, RoutingContext rc) {
        if (SAFE.contains(request.getMethod()) || response.getStatus() != 400 || response.hasEntity()
                || rc.get(VERIFIED) != null) {
            return;
        }
        LOG.warnf("refused %s %s without a valid CSRF token", request.getMethod(), rc.request().path());
        response.setStatus(403);
        response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        response.setEntity(refusals.page(), new java.lang.annotation.Annotation[0], MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
    }
}
