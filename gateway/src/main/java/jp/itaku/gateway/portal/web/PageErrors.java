package jp.itaku.gateway.portal.web;

import io.quarkus.oidc.OidcSession;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URI;

/**
 * What a person sees when a service refuses a page: its Japanese message on an error page with the same status.
 * An access token the services no longer accept ends the portal session and sends the browser back to the page,
 * so the identity provider's login runs and then returns there.
 */
public class PageErrors {

    @Inject
    Page page;

    @Inject
    OidcSession session;

    @ServerExceptionMapper
    public Response refused(ServiceException e, HttpServerRequest request) {
        Problem problem = e.problem();
        if (problem.status() == 401) {
            session.logout().await().indefinitely();
            String back = "GET".equals(request.method().name()) ? request.uri() : referer(request);
            if (request.getHeader("HX-Request") != null) {
                return Response.ok().header("HX-Redirect", back).build();
            }
            return Response.seeOther(URI.create(back)).build();
        }
        return Response.status(problem.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(page.of("portal/error.html").data("problem", problem).render()).build();
    }

    /** An unknown page or a malformed id in the URL (e.g. not a UUID): the same Japanese 404 as the services'. */
    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        Problem problem = new Problem(404, "見つかりません", "このページはありません。URL を確認してください。", java.util.Map.of());
        return Response.status(404).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(page.of("portal/error.html").data("problem", problem).render()).build();
    }

    private static String referer(HttpServerRequest request) {
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return "/";
        }
        URI uri = URI.create(referer);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }
}
