package jp.itaku.contract.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jp.itaku.common.access.AccessAction;
import jp.itaku.common.access.AccessAnalysis;
import jp.itaku.common.access.AccessContext;
import jp.itaku.common.access.AnalysisCsv;
import jp.itaku.common.access.AnalysisPdf;
import jp.itaku.common.http.ContentDisposition;
import jp.itaku.common.time.ItakuClock;
import jp.itaku.common.access.AccessAudit;
import jp.itaku.common.access.AccessOutcome;
import jp.itaku.common.access.AccessRecord;
import jp.itaku.common.access.AccessRecorded;
import jp.itaku.common.access.AccessSettingsStore;
import jp.itaku.common.access.ChainVerifier;
import jp.itaku.common.api.PageResult;
import jp.itaku.common.problem.ItakuException;
import jp.itaku.common.security.Roles;
import jp.itaku.contract.Actor;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * S2/S3/S7 for auditors and the 総括: the access records every service writes (schema {@code audit}), the chain's
 * verification, the per-agency settings, the bulk-download notices. Access records are personal information
 * themselves: contractors and platform staff never read them; reading them is recorded too.
 */
@Path("/api/contracts/audit")
public class AuditResource {

    @Inject
    AccessAudit audit;

    @Inject
    Actor actor;

    @Inject
    AccessAnalysis analysis;

    @Inject
    LoginEvents loginEvents;

    @Inject
    AuditReport report;

    @Inject
    AccessContext access;

    @Inject
    ItakuClock clock;

    @GET
    @Path("/records")
    @RolesAllowed({Roles.AUDITOR, Roles.CHIEF_PROTECTION_MANAGER})
    @AccessRecorded(type = "access-record", action = AccessAction.LIST)
    public PageResult<AccessRecord> records(@QueryParam("from") String from, @QueryParam("to") String to,
                                            @QueryParam("user") String user, @QueryParam("action") String action,
                                            @QueryParam("outcome") String outcome, @QueryParam("type") String type,
                                            @QueryParam("bulk") Boolean bulk,
                                            @QueryParam("page") @DefaultValue("0") int page,
                                            @QueryParam("size") @DefaultValue("50") int size) {
        if (page < 0) {
            throw ItakuException.invalid("page", "ページ番号は0以上で指定してください。");
        }
        if (size < 1 || size > PageResult.MAX_SIZE) {
            throw ItakuException.invalid("size", "1ページの件数は1以上" + PageResult.MAX_SIZE + "以下で指定してください。");
        }
        return audit.records(new AccessAudit.Filter(date("from", from), date("to", to), user,
                value("action", action, AccessAction.class, "操作"), value("outcome", outcome, AccessOutcome.class, "結果"),
                type, bulk), page, size);
    }

    @GET
    @Path("/verification")
    @RolesAllowed({Roles.AUDITOR, Roles.CHIEF_PROTECTION_MANAGER})
    public ChainVerifier.Report verification() {
        return audit.verify();
    }

    @GET
    @Path("/settings")
    @RolesAllowed({Roles.AUDITOR, Roles.CHIEF_PROTECTION_MANAGER, Roles.PROTECTION_MANAGER})
    public AccessSettingsStore.Settings settings() {
        return audit.settings();
    }

    @PUT
    @Path("/settings")
    @RolesAllowed(Roles.CHIEF_PROTECTION_MANAGER)
    public AccessSettingsStore.Settings updateSettings(@NotNull(message = "リクエスト本文が必要です。") @jakarta.validation.Valid SettingsRequest request) {
        return audit.updateSettings(request.bulkThreshold(), request.retentionYears(), actor.name());
    }

    @GET
    @Path("/bulk-notices")
    @RolesAllowed({Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER, Roles.AUDITOR})
    @AccessRecorded(type = "bulk-notice", action = AccessAction.LIST)
    public List<AccessAudit.BulkNoticeView> bulkNotices() {
        return audit.bulkNotices(200);
    }

    @GET
    @Path("/login-events")
    @RolesAllowed({Roles.AUDITOR, Roles.CHIEF_PROTECTION_MANAGER})
    @AccessRecorded(type = "login-event", action = AccessAction.LIST)
    public LoginEvents.Result loginEvents(@QueryParam("max") @DefaultValue("100") int max) {
        if (max < 1 || max > 500) {
            throw ItakuException.invalid("max", "件数は1以上500以下で指定してください。");
        }
        LoginEvents.Result result = loginEvents.of(jp.itaku.common.tenancy.TenantContext.currentTenant(), max);
        access.rows(result.events().size());
        return result;
    }

    @GET
    @Path("/analysis")
    @RolesAllowed({Roles.AUDITOR, Roles.CHIEF_PROTECTION_MANAGER})
    @AccessRecorded(type = "access-record-analysis", action = AccessAction.READ)
    public AccessAnalysis.Analysis analysis(@QueryParam("month") String month) {
        return analysis.of(AccessAnalysis.month(month, clock));
    }

    @GET
    @Path("/analysis.csv")
    @Produces("text/csv")
    @RolesAllowed({Roles.AUDITOR, Roles.CHIEF_PROTECTION_MANAGER})
    @AccessRecorded(type = "access-record-analysis", action = AccessAction.EXPORT)
    public Response analysisCsv(@QueryParam("month") String month) {
        AccessAnalysis.Analysis a = analysis.of(AccessAnalysis.month(month, clock));
        access.rows(a.users().size());
        return Response.ok(AnalysisCsv.render(a), "text/csv; charset=UTF-8")
                .header("Content-Disposition", ContentDisposition.attachment("アクセス記録分析_" + a.month() + ".csv",
                        "access-analysis-" + a.month() + ".csv")).build();
    }

    @GET
    @Path("/analysis.pdf")
    @Produces("application/pdf")
    @RolesAllowed({Roles.AUDITOR, Roles.CHIEF_PROTECTION_MANAGER})
    @AccessRecorded(type = "access-record-analysis", action = AccessAction.EXPORT)
    public Response analysisPdf(@QueryParam("month") String month) {
        AccessAnalysis.Analysis a = analysis.of(AccessAnalysis.month(month, clock));
        access.rows(a.users().size());
        return Response.ok(AnalysisPdf.render(a, report.agencyName(a.tenantId())), "application/pdf")
                .header("Content-Disposition", ContentDisposition.attachment("アクセス記録分析_" + a.month() + ".pdf",
                        "access-analysis-" + a.month() + ".pdf")).build();
    }

    @GET
    @Path("/report.pdf")
    @Produces("application/pdf")
    @RolesAllowed({Roles.AUDITOR, Roles.CHIEF_PROTECTION_MANAGER})
    @AccessRecorded(type = "audit-report", action = AccessAction.DOWNLOAD)
    public Response auditReport(@QueryParam("division") String division) {
        if (division != null && division.length() > 100) {
            throw ItakuException.invalid("division", "担当部署は100文字以内で指定してください。");
        }
        String tenant = jp.itaku.common.tenancy.TenantContext.currentTenant();
        byte[] pdf = report.render(division, report.agencyName(tenant));
        String name = "監査報告書" + (division == null || division.isBlank() ? "" : "_" + division.strip()) + ".pdf";
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", ContentDisposition.attachment(name, "audit-report.pdf")).build();
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ItakuException.invalid(field, "日付は YYYY-MM-DD の形式で入力してください（" + value + "）。");
        }
    }

    private static <E extends Enum<E>> E value(String field, String value, Class<E> type, String what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw ItakuException.invalid(field, what + "の値「" + value + "」は指定できません。");
        }
    }
}
