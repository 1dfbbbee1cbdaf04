package jp.itaku.provision.recipient;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jp.itaku.common.api.PageResult;
import jp.itaku.common.problem.ItakuException;
import jp.itaku.common.security.Roles;

import java.net.URI;
import java.util.UUID;

@Path("/api/provisions/recipients")
public class RecipientResource {

    @Inject
    RecipientService service;

    @GET
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR})
    public PageResult<RecipientView> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                          @QueryParam("size") @DefaultValue("50") @Min(1) @Max(PageResult.MAX_SIZE) int size) {
        return service.list(page, size).map(RecipientView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR})
    public RecipientView get(@PathParam("id") UUID id) {
        return Recipient.findVisible(id).map(RecipientView::of).orElseThrow(() -> ItakuException.notFound("提供先"));
    }

    @POST
    @RolesAllowed(Roles.PROCUREMENT_OFFICER)
    public Response create(@Valid @NotNull(message = "リクエスト本文が必要です。") RecipientRequest request) {
        Recipient created = service.create(request.toData());
        return Response.created(URI.create("/api/provisions/recipients/" + created.id))
                .entity(RecipientView.of(created)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.PROCUREMENT_OFFICER)
    public RecipientView update(@PathParam("id") UUID id,
                                @Valid @NotNull(message = "リクエスト本文が必要です。") RecipientRequest request) {
        return RecipientView.of(service.update(id, request.toData()));
    }
}
