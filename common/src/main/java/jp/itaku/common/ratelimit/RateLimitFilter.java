package jp.itaku.common.ratelimit;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jp.itaku.common.problem.Problem;
import jp.itaku.common.security.Caller;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Optional;

/**
 * Applies {@link RateLimited} to resource methods: after authentication and role checks, before the method (and
 * before a multipart body is handed to it), so a refused request costs nothing and changes nothing.
 */
public class RateLimitFilter {

    private static final Logger LOG = Logger.getLogger(RateLimitFilter.class);

    private final RateLimiter limiter;
    private final Caller caller;

    RateLimitFilter(RateLimiter limiter, Caller caller) {
        this.limiter = limiter;
        this.caller = caller;
    }

    @ServerRequestFilter
    public Optional<Response> limit(ContainerRequestContext request, ResourceInfo resource) {
        RateLimited limited = resource.getResourceMethod() == null ? null
                : resource.getResourceMethod().getAnnotation(RateLimited.class);
        if (limited == null || !caller.isAuthenticated()) {
            return Optional.empty();
        }
        String tenant = caller.tenant().orElse("-");
        return limiter.acquire(limited.value(), caller.userId(), tenant).map(refusal -> {
            LOG.warnf("rate limit %s: refused %s of tenant %s (%s)", limited.value(), caller.userName(), tenant,
                    refusal.tenantWide() ? "tenant" : "user");
            Problem problem = Problem.of(429, "リクエストが多すぎます", refusal.detail())
                    .at(request.getUriInfo().getRequestUri().getRawPath());
            return Response.status(429).type(Problem.MEDIA_TYPE)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(refusal.retryAfterSeconds()))
                    .entity(problem).build();
        });
    }
}
