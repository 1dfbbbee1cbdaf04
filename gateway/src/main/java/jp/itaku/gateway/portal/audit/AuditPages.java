package jp.itaku.gateway.portal.audit;

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
import jp.itaku.gateway.portal.client.Audit;
import jp.itaku.gateway.portal.client.ContractClient;
import jp.itaku.gateway.portal.client.ContractVocabulary;
import jp.itaku.gateway.portal.web.Page;
import jp.itaku.gateway.portal.web.ServiceException;
import jp.itaku.gateway.portal.web.Services;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * S2/S7: the auditor's area — the access records every service writes, with filters; the hash chain's verification
 * status; the monthly analysis and the 監査報告書 per division. Auditors and the 総括 only (the services check again).
 */
@Path("/audit")
@Authenticated
@Blocking
@Produces(MediaType.TEXT_HTML)
public class AuditPages {

    static final String API = "/api/contracts/audit";

    private final Page page;
    private final Services services;
    private final ContractClient contracts;

    AuditPages(Page page, Services services, ContractClient contracts) {
        this.page = page;
        this.services = services;
        this.contracts = contracts;
    }

    public record Filters(String from, String to, String user, String action, String outcome, String type, boolean bulk,
                          int page) {
        String query() {
            StringBuilder q = new StringBuilder("size=50&page=").append(Math.max(0, page));
            add(q, "from", from);
            add(q, "to", to);
            add(q, "user", user);
            add(q, "action", action);
            add(q, "outcome", outcome);
            add(q, "type", type);
            if (bulk) {
                q.append("&bulk=true");
            }
            return q.toString();
        }

        public String nextQuery() {
            return new Filters(from, to, user, action, outcome, type, bulk, page + 1).query().replace("size=50&", "");
        }

        private static void add(StringBuilder q, String name, String value) {
            if (value != null && !value.isBlank()) {
                q.append('&').append(name).append('=').append(URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
            }
        }
    }

    @GET
    public TemplateInstance records(@QueryParam("from") String from, @QueryParam("to") String to,
                                    @QueryParam("user") String user, @QueryParam("action") String action,
                                    @QueryParam("outcome") String outcome, @QueryParam("type") String type,
                                    @QueryParam("bulk") String bulk, @QueryParam("page") Integer pageNo) {
        page.require(RoleLabels.AUDITOR, RoleLabels.CHIEF_PROTECTION_MANAGER);
        Filters filters = new Filters(from, to, user, action, outcome, type, "on".equals(bulk) || "true".equals(bulk),
                pageNo == null ? 0 : pageNo);
        Audit.ChainVerification verification = contracts.auditVerification();
        Services.PageOf<Audit.AccessRecord> result = null;
        String filterError = null;
        try {
            result = contracts.accessRecords(filters.query());
        } catch (ServiceException e) {
            if (e.problem().status() != 400) {
                throw e;
            }
            filterError = e.problem().message();
        }
        Audit.LoginEvents logins;
        try {
            logins = contracts.loginEvents(30);
        } catch (ServiceException e) {
            if (e.problem().status() == 401) {
                throw e;
            }
            logins = new Audit.LoginEvents(false, e.problem().message(), List.of());
        }
        ContractVocabulary vocabulary = contracts.vocabulary();
        return page.of("audit/records.html")
                .data("logins", logins)
                .data("hasNext", result != null && result.total() > (long) (filters.page() + 1) * 50)
                .data("verification", verification)
                .data("result", result)
                .data("records", result == null || result.items() == null ? List.of() : result.items())
                .data("filterError", filterError)
                .data("f", filters)
                .data("actions", ContractVocabulary.labels(vocabulary.accessActions(), page.locale()))
                .data("outcomes", ContractVocabulary.labels(vocabulary.accessOutcomes(), page.locale()));
    }

    @GET
    @Path("/analysis")
    public TemplateInstance analysis(@QueryParam("month") String month) {
        page.require(RoleLabels.AUDITOR, RoleLabels.CHIEF_PROTECTION_MANAGER);
        String q = month == null || month.isBlank() ? "" : "?month=" + URLEncoder.encode(month.strip(), StandardCharsets.UTF_8);
        Audit.Analysis analysis = contracts.analysis(q);
        ContractVocabulary vocabulary = contracts.vocabulary();
        return page.of("audit/analysis.html").data("a", analysis).data("q", q)
                .data("actions", ContractVocabulary.labels(vocabulary.accessActions(), page.locale()))
                .data("outcomes", ContractVocabulary.labels(vocabulary.accessOutcomes(), page.locale()));
    }

    @GET
    @Path("/analysis.csv")
    @Produces(MediaType.WILDCARD)
    public Response analysisCsv(@QueryParam("month") String month) {
        page.require(RoleLabels.AUDITOR, RoleLabels.CHIEF_PROTECTION_MANAGER);
        return services.relay(API + "/analysis.csv" + monthQuery(month));
    }

    @GET
    @Path("/analysis.pdf")
    @Produces(MediaType.WILDCARD)
    public Response analysisPdf(@QueryParam("month") String month) {
        page.require(RoleLabels.AUDITOR, RoleLabels.CHIEF_PROTECTION_MANAGER);
        return services.relay(API + "/analysis.pdf" + monthQuery(month));
    }

    private static String monthQuery(String month) {
        return month == null || month.isBlank() ? "" : "?month=" + URLEncoder.encode(month.strip(), StandardCharsets.UTF_8);
    }

    @GET
    @Path("/report.pdf")
    @Produces(MediaType.WILDCARD)
    public Response report(@QueryParam("division") String division) {
        page.require(RoleLabels.AUDITOR, RoleLabels.CHIEF_PROTECTION_MANAGER);
        String q = division == null || division.isBlank() ? ""
                : "?division=" + URLEncoder.encode(division.strip(), StandardCharsets.UTF_8);
        return services.relay(API + "/report.pdf" + q);
    }

}
