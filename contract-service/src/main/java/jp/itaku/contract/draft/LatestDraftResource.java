package jp.itaku.contract.draft;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jp.itaku.common.security.Roles;
import jp.itaku.contract.engagement.EngagementService;

import java.util.List;

/**
 * The latest draft of every engagement the caller may see (tenant and, for a contractor, its organisation, as
 * everywhere), with its open elements — one call instead of two per engagement. Engagements without a draft are
 * left out; newest engagement first, as the engagement list.
 */
@Path("/api/contracts/drafts/latest")
public class LatestDraftResource {

    @Inject
    DraftService service;

    @GET
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR, Roles.CONTRACTOR})
    public List<LatestDraft> latest(@QueryParam("state") String state) {
        return service.latest(state == null || state.isBlank() ? null : EngagementService.parseState(state, "state"));
    }
}
