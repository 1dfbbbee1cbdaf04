package jp.itaku.provision.investigation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jp.itaku.common.problem.ItakuException;
import jp.itaku.common.security.Roles;
import jp.itaku.provision.provision.Provision;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** On-site investigations of a provision's recipient (P2). */
@Path("/api/provisions/{provisionId}/investigations")
public class InvestigationResource {

    @Inject
    InvestigationService service;

    public record InvestigationRequest(
            @NotNull(message = "調査の時期を指定してください。")
            @Pattern(regexp = "BEFORE_PROVISION|AT_ANY_TIME",
                    message = "調査の時期は BEFORE_PROVISION（提供前）または AT_ANY_TIME（随時）を指定してください。")
            String timing,
            @NotNull(message = "実施日を入力してください。") LocalDate conductedOn,
            @NotBlank(message = "調査者を入力してください。") @Size(max = 200, message = "調査者は200文字以内で入力してください。")
            String investigator,
            @Size(max = 400, message = "調査場所は400文字以内で入力してください。") String place,
            @NotBlank(message = "調査で確認した事項（所見）を入力してください。")
            @Size(max = 4000, message = "所見は4000文字以内で入力してください。") String findings,
            @NotNull(message = "調査の結果を指定してください。")
            @Pattern(regexp = "SATISFACTORY|IMPROVEMENT_REQUIRED",
                    message = "調査の結果は SATISFACTORY（適切）または IMPROVEMENT_REQUIRED（改善を要する）を指定してください。")
            String result,
            @Size(max = 2000, message = "結果の補足は2000文字以内で入力してください。") String resultNote) {
    }

    public record InvestigationView(UUID id, UUID provisionId, String timing, String timingLabel,
                                    LocalDate conductedOn, String investigator, String place, String findings,
                                    String result, String resultLabel, String resultNote,
                                    OffsetDateTime recordedAt, String recordedBy) {
        static InvestigationView of(Investigation i) {
            return new InvestigationView(i.id, i.provisionId, i.timing.name(), i.timing.label, i.conductedOn,
                    i.investigator, i.place, i.findings, i.result.name(), i.result.label, i.resultNote,
                    i.recordedAt, i.recordedBy);
        }
    }

    @GET
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR})
    public List<InvestigationView> list(@PathParam("provisionId") UUID provisionId) {
        Provision.findVisible(provisionId).orElseThrow(() -> ItakuException.notFound("提供"));
        return Investigation.of(provisionId).stream().map(InvestigationView::of).toList();
    }

    @POST
    @RolesAllowed(Roles.INSPECTOR)
    public Response record(@PathParam("provisionId") UUID provisionId,
                           @Valid @NotNull(message = "リクエスト本文が必要です。") InvestigationRequest body) {
        Investigation created = service.record(provisionId, new InvestigationService.InvestigationData(
                InvestigationTiming.valueOf(body.timing()), body.conductedOn(), body.investigator(), body.place(),
                body.findings(), InvestigationResult.valueOf(body.result()), body.resultNote()));
        return Response.created(URI.create("/api/provisions/" + provisionId + "/investigations/" + created.id))
                .entity(InvestigationView.of(created)).build();
    }
}
