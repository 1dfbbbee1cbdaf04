package jp.itaku.gateway.portal;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;

import java.util.List;

/** The portal's pages. A browser without a session is sent to the identity provider's login. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class PortalResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(Viewer viewer, List<ApiDoc> apis);

        static native TemplateInstance loggedOut();
    }

    private final Portal portal;
    private final SecurityIdentity identity;

    PortalResource(Portal portal, SecurityIdentity identity) {
        this.portal = portal;
        this.identity = identity;
    }

    @GET
    @Authenticated
    public TemplateInstance home() {
        return Templates.home(portal.viewer(identity), portal.apiDocs());
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
        return Templates.loggedOut();
    }
}
