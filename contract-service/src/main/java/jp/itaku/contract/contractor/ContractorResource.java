package jp.itaku.contract.contractor;

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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jp.itaku.common.api.PageResult;
import jp.itaku.common.problem.ItakuException;
import jp.itaku.common.security.Roles;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.UUID;

@Path("/api/contracts/contractors")
public class ContractorResource {

    @Inject
    ContractorService service;

    public record ContractorRequest(
            @NotBlank(message = "委託先名を入力してください。") @Size(max = 200, message = "委託先名は200文字以内で入力してください。") String name,
            @Pattern(regexp = "\\d{13}", message = "法人番号は13桁の数字で入力してください。") String corporateNumber,
            @Size(max = 64, message = "組織コードは64文字以内で入力してください。") String orgCode) {
    }

    public record ContractorView(UUID id, String name, String corporateNumber, String orgCode,
                                 OffsetDateTime createdAt, String createdBy) {
        static ContractorView of(Contractor c) {
            return new ContractorView(c.id, c.name, c.corporateNumber, c.orgCode, c.createdAt, c.createdBy);
        }
    }

    @GET
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR, Roles.CONTRACTOR})
    public PageResult<ContractorView> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                           @QueryParam("size") @DefaultValue("50") @Min(1) @Max(PageResult.MAX_SIZE) int size) {
        return service.list(page, size).map(ContractorView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR, Roles.CONTRACTOR})
    public ContractorView get(@PathParam("id") UUID id) {
        return Contractor.findVisible(id).map(ContractorView::of)
                .orElseThrow(() -> ItakuException.notFound("委託先"));
    }

    @POST
    @RolesAllowed(Roles.PROCUREMENT_OFFICER)
    public Response create(@Valid @NotNull(message = "リクエスト本文が必要です。") ContractorRequest request) {
        Contractor created = service.create(request.name(), request.corporateNumber(), request.orgCode());
        return Response.created(URI.create("/api/contracts/contractors/" + created.id))
                .entity(ContractorView.of(created)).build();
    }
}
