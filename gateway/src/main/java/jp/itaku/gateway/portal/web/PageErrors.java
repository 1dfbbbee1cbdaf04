package jp.itaku.gateway.portal.web;

import io.quarkus.oidc.OidcSession;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
        if (problem.status() == 428 && "GET".equals(request.method().name())) {
            return bulkConfirmation(problem, request);
        }
        return Response.status(problem.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(page.of("portal/error.html").data("problem", problem).render()).build();
    }

    /**
     * S3: a download past the agency's daily threshold waits for a reason. The form repeats the same download with
     * the reason ({@link BulkReason}); the service records it and notifies the 保護管理者.
     */
    private Response bulkConfirmation(Problem problem, HttpServerRequest request) {
        List<Map.Entry<String, String>> hidden = new ArrayList<>();
        request.params().forEach(e -> {
            if (!BulkReason.PARAM.equals(e.getKey())) {
                hidden.add(Map.entry(e.getKey(), e.getValue()));
            }
        });
        String given = request.getParam(BulkReason.PARAM);
        return Response.status(428).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(page.of("portal/bulk-confirm.html").data("problem", problem).data("action", request.path())
                        .data("hidden", hidden).data("given", given == null ? "" : given)
                        .data("back", referer(request)).render()).build();
    }

    /** An unknown page or a malformed id in the URL (e.g. not a UUID): a 404 in the page's language. */
    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        Problem problem = new Problem(404, page.msg().page_not_found_title(), page.msg().page_not_found(), java.util.Map.of());
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
