package jp.itaku.inspection.plan;

import io.quarkus.panache.common.Page;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jp.itaku.common.api.PageResult;
import jp.itaku.common.security.Caller;
import jp.itaku.common.security.Roles;

@Path("/api/inspections/notifications")
public class NotificationResource {

    @Inject
    Caller caller;

    /** The agency's reminders, newest first; {@code mine=true}: those for the caller or for every inspector. */
    @GET
    @RolesAllowed({Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER, Roles.INSPECTOR, Roles.AUDITOR})
    public PageResult<NotificationView> list(@QueryParam("mine") @DefaultValue("false") boolean mine,
                                             @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                             @QueryParam("size") @DefaultValue("50") @Min(1) @Max(PageResult.MAX_SIZE) int size) {
        var query = mine
                ? Notification.<Notification>find("recipient is null or recipient = ?1 order by createdAt desc, id", caller.userName())
                : Notification.<Notification>find("order by createdAt desc, id");
        return new PageResult<>(query.page(Page.of(page, size)).list(), page, size, query.count(), "createdAt,desc")
                .map(NotificationView::of);
    }
}
