package jp.itaku.provision.provision;

import jp.itaku.provision.provision.model.ProvisionState;
import jp.itaku.provision.provision.model.AgreementCheck;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jp.itaku.common.access.AccessAction;
import jp.itaku.common.access.AccessRecorded;
import jp.itaku.common.api.PageResult;
import jp.itaku.common.problem.ItakuException;
import jp.itaku.common.problem.Problem.FieldError;
import jp.itaku.common.security.Roles;
import jp.itaku.provision.recipient.RecipientResource.RecipientView;
import jp.itaku.provision.settings.AgencySetting;
import jp.itaku.provision.settings.model.LegalBasis;
import jp.itaku.provision.settings.model.LegalItem;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Path("/api/provisions")
public class ProvisionResource {

    @Inject
    ProvisionService service;

    public record ProvisionRequest(
            @NotBlank(message = "担当部署を入力してください。") @Size(max = 100, message = "担当部署は100文字以内で入力してください。")
            String division,
            @NotBlank(message = "件名を入力してください。") @Size(max = 200, message = "件名は200文字以内で入力してください。")
            String title,
            @NotNull(message = "提供先を指定してください。") UUID recipientId,
            @NotBlank(message = "提供する保有個人情報（ファイル名）を入力してください。")
            @Size(max = 200, message = "提供する保有個人情報（ファイル名）は200文字以内で入力してください。")
            String informationFile,
            @NotNull(message = "提供の根拠（号）を指定してください。")
            @Pattern(regexp = "ITEM_3|ITEM_4", message = "提供の根拠（号）は ITEM_3（第2項第3号）または ITEM_4（第2項第4号）を指定してください。")
            String legalItem,
            boolean regular,
            @Size(max = 2000, message = "定期的に提供する理由は2000文字以内で入力してください。") String regularReason,
            Boolean measuresNecessary,
            @Size(max = 2000, message = "措置の要否の判断理由は2000文字以内で入力してください。") String necessityReason,
            @Size(max = 2000, message = "提供先における利用目的は2000文字以内で入力してください。") String purposeOfUse,
            @Size(max = 2000, message = "利用する業務の根拠法令は2000文字以内で入力してください。") String businessLegalBasis,
            @Size(max = 2000, message = "利用する記録範囲は2000文字以内で入力してください。") String recordScope,
            @Size(max = 2000, message = "利用する記録項目は2000文字以内で入力してください。") String recordItems,
            @Size(max = 2000, message = "利用形態（提供媒体）は2000文字以内で入力してください。") String usageMedia,
            @Size(max = 2000, message = "利用形態（オンライン提供の有無・方法）は2000文字以内で入力してください。") String usageOnline,
            @Size(max = 200, message = "利用形態（提供の頻度）は200文字以内で入力してください。") String usageFrequency,
            LocalDate periodStart,
            LocalDate periodEnd,
            @Size(max = 4000, message = "要求する安全確保の措置は4000文字以内で入力してください。") String safetyMeasures) {

        ProvisionData toData() {
            return new ProvisionData(division, title, recipientId, informationFile, LegalItem.valueOf(legalItem),
                    regular, regularReason, measuresNecessary, necessityReason, purposeOfUse, businessLegalBasis,
                    recordScope, recordItems, usageMedia, usageOnline, usageFrequency, periodStart, periodEnd,
                    safetyMeasures);
        }
    }

    public record EndRequest(@Size(max = 2000, message = "終了の理由は2000文字以内で入力してください。") String reason) {
    }

    public record ProvisionView(UUID id, String division, String title, RecipientView recipient,
                                String informationFile, String legalItem, String legalBasis, String lawName,
                                String safetyMeasureBasis, boolean regular, String regularReason,
                                Boolean measuresNecessary, String necessityReason, boolean writtenAgreementRequired,
                                String purposeOfUse, String businessLegalBasis, String recordScope,
                                String recordItems, String usageMedia, String usageOnline, String usageFrequency,
                                LocalDate periodStart, LocalDate periodEnd, String safetyMeasures,
                                String state, String stateLabel, int currentVersion, List<String> missingItems,
                                List<FieldError> missingFields, List<String> warnings, OffsetDateTime createdAt,
                                String createdBy,
                                OffsetDateTime updatedAt, String updatedBy, OffsetDateTime agreedAt,
                                String agreedBy, OffsetDateTime startedAt, String startedBy,
                                OffsetDateTime endedAt, String endedBy, String endReason) {

        public static ProvisionView of(Provision p) {
            return of(p, AgencySetting.current());
        }

        /** The article shown is the one the next agreement would cite; issued versions keep their own. */
        static ProvisionView of(Provision p, Optional<AgencySetting> setting) {
            LegalBasis basis = setting.map(s -> s.basisFor(p.legalItem)).orElse(null);
            List<String> warnings = p.regular
                    ? List.of("定期的な提供として登録されています。法は利用目的以外の目的のための提供を臨時的なものと想定しているため、"
                    + "定期的に提供する理由を記録し、継続の要否を見直してください。")
                    : List.of();
            List<AgreementCheck.Missing> missing = AgreementCheck.missing(p.terms());
            return new ProvisionView(p.id, p.division, p.title, RecipientView.of(p.recipient), p.informationFile,
                    p.legalItem.name(), basis == null ? null : basis.provisionArticle(),
                    basis == null ? null : basis.lawName(), basis == null ? null : basis.safetyMeasureArticle(),
                    p.regular, p.regularReason, p.measuresNecessary, p.necessityReason, p.writtenAgreementRequired(),
                    p.purposeOfUse, p.businessLegalBasis, p.recordScope, p.recordItems, p.usageMedia, p.usageOnline,
                    p.usageFrequency, p.periodStart, p.periodEnd, p.safetyMeasures, p.state.name(), p.state.label,
                    p.currentVersion, missing.stream().map(AgreementCheck.Missing::label).toList(),
                    missing.stream().map(AgreementCheck.Missing::toFieldError).toList(), warnings, p.createdAt,
                    p.createdBy, p.updatedAt, p.updatedBy, p.agreedAt, p.agreedBy,
                    p.startedAt, p.startedBy, p.endedAt, p.endedBy, p.endReason);
        }
    }

    @GET
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR})
    @AccessRecorded(type = "provision", action = AccessAction.LIST)
    public PageResult<ProvisionView> list(
            @QueryParam("division") @Size(max = 100, message = "担当部署は100文字以内で指定してください。") String division,
            @QueryParam("state") @Pattern(regexp = "DRAFT|AGREED|PROVIDING|ENDED",
                    message = "状態は DRAFT（起案）、AGREED（合意済）、PROVIDING（提供中）、ENDED（終了）のいずれかを指定してください。")
            String state,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(PageResult.MAX_SIZE) int size) {
        Optional<AgencySetting> setting = AgencySetting.current();
        return service.list(division, state == null ? null : ProvisionState.valueOf(state), page, size)
                .map(p -> ProvisionView.of(p, setting));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR})
    @AccessRecorded(type = "provision", action = AccessAction.READ)
    public ProvisionView get(@PathParam("id") UUID id) {
        return Provision.findVisible(id).map(ProvisionView::of).orElseThrow(() -> ItakuException.notFound("提供"));
    }

    @POST
    @RolesAllowed(Roles.PROCUREMENT_OFFICER)
    @AccessRecorded(type = "provision", action = AccessAction.CREATE)
    public Response create(@Valid @NotNull(message = "リクエスト本文が必要です。") ProvisionRequest request) {
        Provision created = service.create(request.toData());
        return Response.created(URI.create("/api/provisions/" + created.id)).entity(ProvisionView.of(created)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.PROCUREMENT_OFFICER)
    @AccessRecorded(type = "provision", action = AccessAction.UPDATE)
    public ProvisionView update(@PathParam("id") UUID id,
                                @Valid @NotNull(message = "リクエスト本文が必要です。") ProvisionRequest request) {
        return ProvisionView.of(service.update(id, request.toData()));
    }

    @POST
    @Path("/{id}/start")
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER})
    public ProvisionView start(@PathParam("id") UUID id) {
        return ProvisionView.of(service.start(id));
    }

    @POST
    @Path("/{id}/end")
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER})
    public ProvisionView end(@PathParam("id") UUID id, @Valid EndRequest request) {
        return ProvisionView.of(service.end(id, request == null ? null : request.reason()));
    }
}
