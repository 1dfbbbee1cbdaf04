package jp.itaku.provision.settings;

import jp.itaku.provision.settings.model.LegalItem;
import jp.itaku.provision.settings.model.AgencyType;
import jp.itaku.provision.settings.model.Citation;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jp.itaku.common.api.PageResult;
import jp.itaku.common.security.Roles;

import java.time.OffsetDateTime;

@Path("/api/provisions/settings")
public class SettingsResource {

    @Inject
    SettingsService service;

    public record SettingsRequest(
            @NotBlank(message = "機関名を入力してください。") @Size(max = 200, message = "機関名は200文字以内で入力してください。")
            String agencyName,
            @NotNull(message = "機関の種別を指定してください。")
            @Pattern(regexp = "ADMINISTRATIVE_ORGAN|INCORPORATED_ADMINISTRATIVE_AGENCY",
                    message = "機関の種別は ADMINISTRATIVE_ORGAN（行政機関）または INCORPORATED_ADMINISTRATIVE_AGENCY（独立行政法人等）を指定してください。")
            String agencyType,
            @NotNull(message = "条文の表記を指定してください。")
            @Pattern(regexp = "LEGACY|CURRENT", message = "条文の表記は LEGACY（旧法）または CURRENT（個人情報の保護に関する法律）を指定してください。")
            String citation) {
    }

    public record SettingsView(String agencyName, String agencyType, String agencyTypeLabel, String citation,
                               String citationLabel, String provisionArticleItem3, String provisionArticleItem4,
                               String safetyMeasureArticle, OffsetDateTime updatedAt, String updatedBy) {
        static SettingsView of(AgencySetting s) {
            return new SettingsView(s.agencyName, s.agencyType.name(), s.agencyType.label, s.citation.name(),
                    s.citation.label, s.basisFor(LegalItem.ITEM_3).provisionArticle(),
                    s.basisFor(LegalItem.ITEM_4).provisionArticle(), s.basisFor(LegalItem.ITEM_3).safetyMeasureArticle(),
                    s.updatedAt, s.updatedBy);
        }
    }

    public record SettingsChangeView(String agencyName, String agencyType, String agencyTypeLabel, String citation,
                                     String citationLabel, OffsetDateTime changedAt, String changedBy) {
        static SettingsChangeView of(AgencySettingChange c) {
            return new SettingsChangeView(c.agencyName, c.agencyType.name(), c.agencyType.label, c.citation.name(),
                    c.citation.label, c.changedAt, c.changedBy);
        }
    }

    @GET
    @Path("/history")
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR})
    public PageResult<SettingsChangeView> history(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                                  @QueryParam("size") @DefaultValue("50") @Min(1) @Max(PageResult.MAX_SIZE) int size) {
        return service.history(page, size).map(SettingsChangeView::of);
    }

    @GET
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR})
    public SettingsView get() {
        return SettingsView.of(service.require());
    }

    @PUT
    @RolesAllowed(Roles.CHIEF_PROTECTION_MANAGER)
    public SettingsView put(@Valid @NotNull(message = "リクエスト本文が必要です。") SettingsRequest request) {
        return SettingsView.of(service.save(request.agencyName(), AgencyType.valueOf(request.agencyType()),
                Citation.valueOf(request.citation())));
    }
}
