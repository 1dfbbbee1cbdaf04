package jp.itaku.gateway.portal;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import jp.itaku.gateway.portal.web.Page;


/** The portal's pages. A browser without a session is sent to the identity provider's login. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class PortalResource {

    private final Portal portal;
    private final Page page;

    PortalResource(Portal portal, Page page) {
        this.portal = portal;
        this.page = page;
    }

    @GET
    @Authenticated
    public TemplateInstance home() {
        // the signed-in person (viewer) and the language come with the page, as on every other page
        return page.of("PortalResource/home.html").data("apis", portal.apiDocs(page.locale()));
    }

    /** With a session quarkus-oidc answers this path itself (logout at Keycloak); without one there is nothing to end. */
    @GET
    @Path("logout")
    @PermitAll
    public Response logoutWithoutSession() {
        return Response.seeOther(URI.create("/logged-out")).build();
    }

    @GET
    @Path("logged-out")
    @PermitAll
    public TemplateInstance loggedOut() {
        return page.of("PortalResource/loggedOut.html");
    }
}
