package jp.itaku.inspection.ledger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jp.itaku.common.security.Roles;

/**
 * The chain part of the 台帳 (S5) for contract-service, which assembles the ledger. Agency staff and auditors only:
 * a contractor never reads the ledger (its own chain is on /api/inspections/engagements/{id}/chain).
 */
@Path("/api/inspections/ledger")
public class LedgerSummaryResource {

    @Inject
    LedgerSummaryService service;

    @GET
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR})
    public ChainSummary get(@QueryParam("division") @Size(max = 200, message = "担当課室は200文字以内で指定してください。")
                            String division) {
        return service.of(division);
    }
}
