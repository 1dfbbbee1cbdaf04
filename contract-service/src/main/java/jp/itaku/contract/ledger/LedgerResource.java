package jp.itaku.contract.ledger;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.itaku.common.access.AccessAction;
import jp.itaku.common.access.AccessContext;
import jp.itaku.common.access.AccessRecorded;
import jp.itaku.common.http.ContentDisposition;
import jp.itaku.common.problem.ItakuException;
import jp.itaku.common.ratelimit.RateLimited;
import jp.itaku.common.ratelimit.RateLimits;
import jp.itaku.common.security.Caller;
import jp.itaku.common.security.Roles;
import jp.itaku.contract.engagement.EngagementState;

import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * 台帳 (S5) of outsourced work: every engagement of the agency (or one division) with its chain, as JSON, CSV or PDF.
 * Agency staff and auditors read it; contractors never (403), not even for their own engagements. Every read and
 * export is an access record (type {@code ledger}: the JSON a LIST, CSV and PDF an EXPORT, with the number of
 * engagements), refused attempts too; the exports count towards the bulk-download threshold and the export limit.
 */
@Path("/api/contracts/ledger")
public class LedgerResource {

    private static final String DIVISION_TOO_LONG = "担当課室は200文字以内で指定してください。";

    @Inject
    LedgerService service;

    @Inject
    Caller caller;

    @Inject
    AccessContext access;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR})
    @AccessRecorded(type = "ledger", action = AccessAction.LIST)
    public Ledger get(@QueryParam("division") @Size(max = 200, message = DIVISION_TOO_LONG) String division,
                      @QueryParam("state") String state, @QueryParam("contractorId") String contractorId,
                      @QueryParam("notErased") String notErased) {
        return counted(service.of(filter(division, state, contractorId, notErased)));
    }

    @GET
    @Path("/csv")
    @Produces("text/csv")
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR})
    @AccessRecorded(type = "ledger", action = AccessAction.EXPORT)
    @RateLimited(RateLimits.EXPORT)
    public Response csv(@QueryParam("division") @Size(max = 200, message = DIVISION_TOO_LONG) String division,
                        @QueryParam("state") String state, @QueryParam("contractorId") String contractorId,
                        @QueryParam("notErased") String notErased) {
        Ledger ledger = counted(service.of(filter(division, state, contractorId, notErased)));
        return download(LedgerCsv.render(ledger), "text/csv; charset=UTF-8", ledger, "csv");
    }

    @GET
    @Path("/pdf")
    @Produces("application/pdf")
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR})
    @AccessRecorded(type = "ledger", action = AccessAction.EXPORT)
    @RateLimited(RateLimits.EXPORT)
    public Response pdf(@QueryParam("division") @Size(max = 200, message = DIVISION_TOO_LONG) String division,
                        @QueryParam("state") String state, @QueryParam("contractorId") String contractorId,
                        @QueryParam("notErased") String notErased) {
        Ledger ledger = counted(service.of(filter(division, state, contractorId, notErased)));
        return download(LedgerPdf.render(ledger, caller.tenant().orElse("")), "application/pdf", ledger, "pdf");
    }

    /** The access record counts the ledger's engagements (one row each, whatever its chain). */
    private Ledger counted(Ledger ledger) {
        access.rows(ledger.entries().size());
        return ledger;
    }

    static Ledger.Filter filter(String division, String state, String contractorId, String notErased) {
        String stateName = null;
        if (state != null && !state.isBlank()) {
            try {
                stateName = EngagementState.valueOf(state.strip()).name();
            } catch (IllegalArgumentException e) {
                throw ItakuException.invalid("state", "状態は " + Arrays.stream(EngagementState.values())
                        .map(s -> s.name() + "（" + s.label + "）").collect(Collectors.joining("、")) + " のいずれかで指定してください。");
            }
        }
        UUID contractor = null;
        if (contractorId != null && !contractorId.isBlank()) {
            try {
                contractor = UUID.fromString(contractorId.strip());
            } catch (IllegalArgumentException e) {
                throw ItakuException.invalid("contractorId", "委託先は UUID の形式で指定してください。");
            }
        }
        if (notErased != null && !notErased.isBlank() && !"true".equals(notErased) && !"false".equals(notErased)) {
            throw ItakuException.invalid("notErased", "「終了済み・未消去のみ」は true 又は false で指定してください。");
        }
        return new Ledger.Filter(division == null || division.isBlank() ? null : division.strip(), stateName, contractor,
                "true".equals(notErased));
    }

    private static Response download(byte[] body, String type, Ledger ledger, String extension) {
        String division = ledger.filter().division();
        String name = "委託台帳" + (division == null ? "" : "_" + division) + "_" + ledger.asOf() + "." + extension;
        return Response.ok(body, type)
                .header("Content-Disposition", ContentDisposition.attachment(name, "outsourcing-ledger." + extension))
                .build();
    }
}
