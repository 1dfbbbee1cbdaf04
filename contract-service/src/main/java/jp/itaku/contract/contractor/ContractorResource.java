package jp.itaku.contract.contractor;

import jp.itaku.common.time.ItakuClock;

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
import jp.itaku.common.security.Roles;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Path("/api/contracts/contractors")
public class ContractorResource {

    @Inject
    ItakuClock clock;

    @Inject
    ContractorService service;

    @Inject
    CertificationStatus certificationStatus;

    @GET
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR, Roles.CONTRACTOR})
    public PageResult<ContractorView> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                           @QueryParam("size") @DefaultValue("50") @Min(1) @Max(PageResult.MAX_SIZE) int size) {
        PageResult<Contractor> result = service.list(page, size);
        Map<UUID, List<String>> expired = certificationStatus.expired(result.items().stream().map(c -> c.id).toList());
        Map<UUID, String> parentNames = parentNames(result.items());
        return result.map(c -> view(c, expired.getOrDefault(c.id, List.of()), parentNames));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR, Roles.CONTRACTOR})
    public ContractorView get(@PathParam("id") UUID id) {
        Contractor c = service.get(id);
        return view(c, certificationStatus.expired(c.id), parentNames(List.of(c)));
    }

    /** Everything an officer weighs when selecting the contractor (O1); the agency's own assessment, not for the contractor. */
    @GET
    @Path("/{id}/selection-evidence")
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR})
    public ContractorDetail detail(@PathParam("id") UUID id) {
        Contractor c = service.get(id);
        LocalDate today = clock.today();
        return new ContractorDetail(view(c, certificationStatus.expired(c.id), parentNames(List.of(c))),
                service.subsidiaries(id).stream().map(s -> new ParentRef(s.id, s.name)).toList(),
                service.certifications(id).stream().map(x -> CertificationView.of(x, today)).toList(),
                service.incidents(id).stream().map(IncidentView::of).toList(),
                ChecklistView.of(service.checklist(id)));
    }

    @POST
    @RolesAllowed(Roles.PROCUREMENT_OFFICER)
    public Response create(@Valid @NotNull(message = "リクエスト本文が必要です。") ContractorRequest request) {
        Contractor created = service.create(request);
        return Response.created(URI.create("/api/contracts/contractors/" + created.id))
                .entity(view(created, List.of(), parentNames(List.of(created)))).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.PROCUREMENT_OFFICER)
    public ContractorView update(@PathParam("id") UUID id,
                                 @Valid @NotNull(message = "リクエスト本文が必要です。") ContractorRequest request) {
        Contractor c = service.update(id, request);
        return view(c, certificationStatus.expired(c.id), parentNames(List.of(c)));
    }

    @POST
    @Path("/{id}/certifications")
    @RolesAllowed(Roles.PROCUREMENT_OFFICER)
    public Response addCertification(@PathParam("id") UUID id,
                                     @Valid @NotNull(message = "リクエスト本文が必要です。") CertificationRequest request) {
        Certification c = service.addCertification(id, request);
        return Response.status(201).entity(CertificationView.of(c, clock.today())).build();
    }

    @POST
    @Path("/{id}/incidents")
    @RolesAllowed(Roles.PROCUREMENT_OFFICER)
    public Response addIncident(@PathParam("id") UUID id,
                                @Valid @NotNull(message = "リクエスト本文が必要です。") IncidentRequest request) {
        return Response.status(201).entity(IncidentView.of(service.addIncident(id, request))).build();
    }

    @PUT
    @Path("/{id}/checklist")
    @RolesAllowed(Roles.PROCUREMENT_OFFICER)
    public ChecklistView answerChecklist(@PathParam("id") UUID id,
                                         @Valid @NotNull(message = "リクエスト本文が必要です。") ChecklistRequest request) {
        return ChecklistView.of(service.answerChecklist(id, request.items()));
    }

    private ContractorView view(Contractor c, List<String> expired, Map<UUID, String> parentNames) {
        ParentRef parent = c.parentId == null ? null : new ParentRef(c.parentId, parentNames.get(c.parentId));
        return new ContractorView(c.id, c.name, c.corporateNumber, c.address, service.contacts(c), parent, c.orgCode,
                !expired.isEmpty(), expired, c.createdAt, c.createdBy, c.updatedAt, c.updatedBy);
    }

    private Map<UUID, String> parentNames(List<Contractor> contractors) {
        List<UUID> ids = contractors.stream().map(c -> c.parentId).filter(java.util.Objects::nonNull).distinct().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, String> names = new java.util.HashMap<>();
        Contractor.<Contractor>list("id in ?1", ids).forEach(p -> names.put(p.id, p.name));
        return names;
    }
}
