package jp.itaku.inspection.plan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jp.itaku.common.security.Caller;
import jp.itaku.common.security.Roles;

import java.time.OffsetDateTime;

/** The agency's inspection intervals and self-report policy; changing them moves the open entries' due dates. */
@Path("/api/inspections/policy")
public class PolicyResource {

    @Inject
    Caller caller;

    @Inject
    PolicyService service;

    public record PolicyView(
            @NotNull(message = "秘匿性「高」の検査間隔（月）を指定してください。") @Min(value = 1, message = "検査間隔は1か月以上で指定してください。") @Max(value = 12, message = "検査は年1回以上必要です（間隔は12か月以内）。") Integer highMonths,
            @NotNull(message = "秘匿性「中」の検査間隔（月）を指定してください。") @Min(value = 1, message = "検査間隔は1か月以上で指定してください。") @Max(value = 12, message = "検査は年1回以上必要です（間隔は12か月以内）。") Integer mediumMonths,
            @NotNull(message = "秘匿性「低」の検査間隔（月）を指定してください。") @Min(value = 1, message = "検査間隔は1か月以上で指定してください。") @Max(value = 12, message = "検査は年1回以上必要です（間隔は12か月以内）。") Integer lowMonths,
            boolean selfReportHigh, boolean selfReportMedium, boolean selfReportLow,
            OffsetDateTime updatedAt, String updatedBy) {
        static PolicyView of(TenantPolicy p) {
            return new PolicyView(p.highMonths, p.mediumMonths, p.lowMonths, p.selfReportHigh, p.selfReportMedium,
                    p.selfReportLow, p.updatedAt, p.updatedBy);
        }
    }

    @GET
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR})
    public PolicyView get() {
        return PolicyView.of(TenantPolicy.current());
    }

    @PUT
    @RolesAllowed({Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER})
    public PolicyView put(@Valid @NotNull(message = "リクエスト本文が必要です。") PolicyView request) {
        return PolicyView.of(service.replace(request, caller.userName()));
    }
}
