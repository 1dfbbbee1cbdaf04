package jp.itaku.inspection.plan;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jp.itaku.common.problem.ItakuException;
import jp.itaku.common.security.Caller;
import jp.itaku.common.security.Roles;

/**
 * カレンダー連携: an inspector's secret iCalendar URL for calendar apps, which cannot send bearer tokens. The URL is
 * the credential: shown once at creation, stored only as a hash, revocable, replaced by the next one.
 */
@Path("/api/inspections")
public class CalendarLinkResource {

    @Inject
    CalendarLinks links;

    @Inject
    Caller caller;

    private String tenant() {
        return caller.tenant().orElseThrow(() -> ItakuException.forbidden("機関に所属していないため、この操作はできません。"));
    }

    @POST
    @Path("/calendar-link")
    @RolesAllowed(Roles.INSPECTOR)
    public Response create() {
        return Response.status(201).entity(links.create(tenant(), caller.userName())).build();
    }

    @GET
    @Path("/calendar-link")
    @RolesAllowed(Roles.INSPECTOR)
    public LinkState state() {
        return links.live(tenant(), caller.userName()).map(t -> new LinkState(true, t))
                .orElse(new LinkState(false, null));
    }

    @DELETE
    @Path("/calendar-link")
    @RolesAllowed(Roles.INSPECTOR)
    public Response revoke() {
        if (!links.revoke(tenant(), caller.userName())) {
            throw ItakuException.notFound("有効なカレンダー連携 URL");
        }
        return Response.noContent().build();
    }

    /** The feed itself: no token — the secret in the path is the credential. */
    @GET
    @Path("/calendar/{secret}.ics")
    @Produces("text/calendar")
    @PermitAll
    public Response feed(@PathParam("secret") String secret) {
        String ics = links.feed(secret).orElseThrow(() -> ItakuException.notFound("カレンダー"));
        return Response.ok(ics, "text/calendar; charset=UTF-8")
                .header("Content-Disposition", "inline; filename=\"inspection-plan.ics\"")
                .header("Cache-Control", "private, max-age=300").build();
    }
}
