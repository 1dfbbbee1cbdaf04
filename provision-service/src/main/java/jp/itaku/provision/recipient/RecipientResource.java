package jp.itaku.provision.recipient;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
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
import jp.itaku.common.api.PageResult;
import jp.itaku.common.problem.ItakuException;
import jp.itaku.common.security.Roles;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.UUID;

@Path("/api/provisions/recipients")
public class RecipientResource {

    @Inject
    RecipientService service;

    public record RecipientRequest(
            @NotBlank(message = "提供先の名称を入力してください。") @Size(max = 200, message = "提供先の名称は200文字以内で入力してください。")
            String name,
            @NotNull(message = "提供先の種別を指定してください。")
            @Pattern(regexp = RecipientType.CODES, message = "提供先の種別は PRIVATE_OR_INDIVIDUAL（民間事業者・個人）、"
                    + "LOCAL_GOVERNMENT（地方公共団体・地方独立行政法人）、ADMINISTRATIVE_ORGAN（行政機関）、"
                    + "INCORPORATED_ADMINISTRATIVE_AGENCY（独立行政法人等）のいずれかを指定してください。")
            String type,
            @Size(max = 200, message = "代表者は200文字以内で入力してください。") String representative,
            @Size(max = 400, message = "所在地は400文字以内で入力してください。") String address,
            @Size(max = 200, message = "担当部署は200文字以内で入力してください。") String contactDepartment,
            @Size(max = 200, message = "担当者名は200文字以内で入力してください。") String contactName,
            @Size(max = 254, message = "メールアドレスは254文字以内で入力してください。")
            @Email(message = "メールアドレスの形式が正しくありません。") String contactEmail,
            @Pattern(regexp = "[0-9+\\-() ]{0,40}", message = "電話番号は40文字以内の数字と記号（+ - ( )）で入力してください。")
            String contactPhone) {

        RecipientService.RecipientData toData() {
            return new RecipientService.RecipientData(name, RecipientType.valueOf(type), representative, address,
                    contactDepartment, contactName, contactEmail, contactPhone);
        }
    }

    public record RecipientView(UUID id, String name, String type, String typeLabel, String representative,
                                String address, String contactDepartment, String contactName, String contactEmail,
                                String contactPhone, OffsetDateTime createdAt, String createdBy,
                                OffsetDateTime updatedAt, String updatedBy) {
        public static RecipientView of(Recipient r) {
            return new RecipientView(r.id, r.name, r.type.name(), r.type.label, r.representative, r.address,
                    r.contactDepartment, r.contactName, r.contactEmail, r.contactPhone, r.createdAt, r.createdBy,
                    r.updatedAt, r.updatedBy);
        }
    }

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
