package jp.itaku.contract.engagement;

import jp.itaku.common.ratelimit.RateLimited;
import jp.itaku.common.ratelimit.RateLimits;
import jp.itaku.common.time.ItakuClock;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
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
import jakarta.ws.rs.core.MediaType;
import jp.itaku.common.access.AccessAction;
import jp.itaku.common.access.AccessContext;
import jp.itaku.common.access.AccessRecorded;
import jp.itaku.common.api.PageResult;
import jp.itaku.common.problem.ItakuException;
import jp.itaku.common.text.JapaneseDates;
import jp.itaku.common.security.Roles;
import jp.itaku.contract.engagement.EngagementViews.EngagementDetail;
import jp.itaku.contract.engagement.EngagementViews.EngagementView;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Path("/api/contracts/engagements")
public class EngagementResource {

    @Inject
    ItakuClock clock;

    private static final int EXPORT_CHUNK = 1000;

    @Inject
    AccessContext access;

    @Inject
    EngagementService service;

    @Inject
    EngagementViews views;

    public record LocationRequest(
            @NotNull(message = "用途（取扱い・保管）を選択してください。") HandlingLocation.Purpose purpose,
            @NotNull(message = "場所の種類を選択してください。") HandlingLocation.PlaceType placeType,
            @NotBlank(message = "場所の説明を入力してください。") @Size(max = 500, message = "場所の説明は500文字以内で入力してください。") String description,
            @Pattern(regexp = "[A-Za-z]{2}", message = "国はISO 3166-1の2文字コード（例: JP）で入力してください。") String country) {
    }

    public record EngagementRequest(
            @NotBlank(message = "件名を入力してください。") @Size(max = 300, message = "件名は300文字以内で入力してください。") String title,
            @NotBlank(message = "担当課室を入力してください。") @Size(max = 200, message = "担当課室は200文字以内で入力してください。") String division,
            @NotNull(message = "契約の種類（OUTSOURCING: 業務委託 / DISPATCH: 労働者派遣）を選択してください。") EngagementKind kind,
            @NotNull(message = "委託先を選択してください。") UUID contractorId,
            @NotNull(message = "秘匿性（HIGH: 高 / MEDIUM: 中 / LOW: 低）を選択してください。") Sensitivity sensitivity,
            @NotNull(message = "委託期間の開始日を入力してください。") LocalDate periodStart,
            @NotNull(message = "委託期間の終了日を入力してください。") LocalDate periodEnd,
            @NotEmpty(message = "取り扱う個人情報の項目を1つ以上入力してください。") @Size(max = 50, message = "個人情報の項目は50個までです。")
            List<@NotBlank(message = "個人情報の項目を入力してください。") @Size(max = 100, message = "個人情報の項目は100文字以内で入力してください。") String> infoCategories,
            @NotNull(message = "おおよその件数を入力してください。") @Min(value = 0, message = "件数は0以上で入力してください。") Integer recordCount,
            @NotEmpty(message = "個人情報を取り扱う場所・保管する場所を1つ以上入力してください。") @Size(max = 20, message = "場所は20件までです。")
            List<@Valid @NotNull LocationRequest> locations) {
    }

    public record TransitionRequest(@NotBlank(message = "変更後の状態を指定してください。") String to,
                                    @Size(max = 2000, message = "コメントは2000文字以内で入力してください。") String note) {
    }

    @GET
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR, Roles.CONTRACTOR})
    public PageResult<EngagementView> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                           @QueryParam("size") @DefaultValue("50") @Min(1) @Max(PageResult.MAX_SIZE) int size,
                                           @QueryParam("state") String state,
                                           @QueryParam("contractorId") String contractorId) {
        PageResult<Engagement> result = service.list(page, size,
                state == null ? null : EngagementService.parseState(state, "state"), uuid(contractorId, "contractorId"));
        return new PageResult<>(views.views(result.items()), page, size, result.total(), result.sort());
    }

    /** Every engagement the caller may see, as CSV (UTF-8 with BOM, for Excel) or JSON. */
    @GET
    @Path("/export")
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR, Roles.CONTRACTOR})
    @AccessRecorded(type = "engagement", action = AccessAction.EXPORT)
    @RateLimited(RateLimits.EXPORT)
    public Response export(@QueryParam("format") @DefaultValue("csv") String format) {
        String date = clock.today().toString();
        if ("json".equals(format)) {
            return Response.ok(exportViews(), MediaType.APPLICATION_JSON)
                    .header("Content-Disposition", "attachment; filename=\"engagements-" + date + ".json\"").build();
        }
        if (!"csv".equals(format)) {
            throw ItakuException.invalid("format", "出力形式は csv 又は json を指定してください。");
        }
        StringBuilder csv = new StringBuilder(EngagementCsv.header());
        List<EngagementView> rows = exportViews();
        rows.forEach(v -> csv.append(EngagementCsv.row(v)));
        access.rows(rows.size());
        return Response.ok(csv.toString().getBytes(StandardCharsets.UTF_8), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"engagements-" + date + ".csv\"").build();
    }

    private static UUID uuid(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ItakuException.invalid(field, "「" + field + "」は UUID の形式で指定してください。");
        }
    }

    private List<EngagementView> exportViews() {
        List<EngagementView> all = new java.util.ArrayList<>();
        for (int page = 0; ; page++) {
            List<Engagement> chunk = service.list(page, EXPORT_CHUNK, null, null).items();
            all.addAll(views.views(chunk));
            if (chunk.size() < EXPORT_CHUNK) {
                return all;
            }
        }
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR, Roles.CONTRACTOR})
    public EngagementDetail get(@PathParam("id") UUID id) {
        return views.detail(Engagement.findVisible(id));
    }

    @POST
    @RolesAllowed(Roles.PROCUREMENT_OFFICER)
    public Response create(@Valid @NotNull(message = "リクエスト本文が必要です。") EngagementRequest request) {
        Engagement e = service.create(request);
        return Response.created(URI.create("/api/contracts/engagements/" + e.id)).entity(views.view(e)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.PROCUREMENT_OFFICER)
    public EngagementView update(@PathParam("id") UUID id,
                                 @Valid @NotNull(message = "リクエスト本文が必要です。") EngagementRequest request) {
        return views.view(service.update(id, request));
    }

    @POST
    @Path("/{id}/transitions")
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER})
    public EngagementDetail transition(@PathParam("id") UUID id,
                                       @Valid @NotNull(message = "リクエスト本文が必要です。") TransitionRequest request) {
        return views.detail(service.transition(id, request.to(), request.note()));
    }
}
