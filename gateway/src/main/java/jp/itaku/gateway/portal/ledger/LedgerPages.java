package jp.itaku.gateway.portal.ledger;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.itaku.gateway.portal.RoleLabels;
import jp.itaku.gateway.portal.client.ContractClient;
import jp.itaku.gateway.portal.client.ContractVocabulary;
import jp.itaku.gateway.portal.client.Ledger;
import jp.itaku.gateway.portal.web.Page;
import jp.itaku.gateway.portal.web.Services;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/**
 * 台帳 (S5): contract-service's ledger of outsourced work with its filters, and the CSV and PDF downloads relayed.
 * Agency staff and auditors only; contract-service refuses contractors too.
 */
@Path("/ledger")
@Authenticated
@Blocking
public class LedgerPages {

    static final String API = "/api/contracts/ledger";
    static final String[] READERS = {RoleLabels.PROCUREMENT_OFFICER, RoleLabels.PROTECTION_MANAGER,
            RoleLabels.CHIEF_PROTECTION_MANAGER, RoleLabels.INSPECTOR, RoleLabels.AUDITOR};

    private final Page page;
    private final Services services;
    private final ContractClient contracts;

    LedgerPages(Page page, Services services, ContractClient contracts) {
        this.page = page;
        this.services = services;
        this.contracts = contracts;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance ledger(@QueryParam("division") String division, @QueryParam("state") String state,
                                   @QueryParam("contractorId") String contractorId,
                                   @QueryParam("notErased") String notErased) {
        page.require(READERS);
        String query = query(division, state, contractorId, notErased);
        Ledger ledger = contracts.ledger(query);
        // the engagement states as the filter offers them: contract-service's vocabulary, no copy here
        return page.of("ledger/ledger.html").data("ledger", ledger).data("entries", ledger.entries())
                .data("states", ContractVocabulary.labels(contracts.vocabulary().engagementStates(), page.locale()))
                .data("contractors", contracts.contractors())
                .data("division", division == null ? "" : division).data("state", state == null ? "" : state)
                .data("contractorId", contractorId == null ? "" : contractorId)
                .data("notErased", "true".equals(notErased)).data("query", query);
    }

    @GET
    @Path("ledger.csv")
    @Produces(MediaType.WILDCARD)
    public Response csv(@QueryParam("division") String division, @QueryParam("state") String state,
                        @QueryParam("contractorId") String contractorId, @QueryParam("notErased") String notErased) {
        page.require(READERS);
        return services.relay(API + "/csv" + query(division, state, contractorId, notErased));
    }

    @GET
    @Path("ledger.pdf")
    @Produces(MediaType.WILDCARD)
    public Response pdf(@QueryParam("division") String division, @QueryParam("state") String state,
                        @QueryParam("contractorId") String contractorId, @QueryParam("notErased") String notErased) {
        page.require(READERS);
        return services.relay(API + "/pdf" + query(division, state, contractorId, notErased));
    }

    /** The filters as the query string both the API and the download links take; empty ones left out. */
    static String query(String division, String state, String contractorId, String notErased) {
        StringJoiner q = new StringJoiner("&", "?", "").setEmptyValue("");
        add(q, "division", division);
        add(q, "state", state);
        add(q, "contractorId", contractorId);
        if ("true".equals(notErased)) {
            q.add("notErased=true");
        }
        return q.toString();
    }

    private static void add(StringJoiner q, String name, String value) {
        if (value != null && !value.isBlank()) {
            q.add(name + "=" + URLEncoder.encode(value.strip(), StandardCharsets.UTF_8).replace("+", "%20"));
        }
    }
}
