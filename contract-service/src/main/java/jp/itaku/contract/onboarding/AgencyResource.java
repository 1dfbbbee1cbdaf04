package jp.itaku.contract.onboarding;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import jp.itaku.common.problem.ItakuException;
import jp.itaku.common.security.Caller;
import jp.itaku.common.security.Roles;
import jp.itaku.common.time.ItakuClock;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * 機関の登録 (platform-admin only): creates an agency (tenant) and invites its first 総括保護管理者. The
 * platform operator sees this registry and nothing of the agency's data (every other endpoint answers 403).
 */
@Path("/api/contracts/agencies")
public class AgencyResource {

    @Inject
    StaffService staff;

    @Inject
    Caller caller;

    @Inject
    ItakuClock clock;

    @GET
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    public List<AgencyView> list() {
        return Agency.<Agency>find("order by createdAt desc").list().stream().map(a -> AgencyView.of(a, null)).toList();
    }

    @POST
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    public Response create(@Valid @NotNull(message = "本文が必要です。") AgencyRequest request) {
        if (Agency.byId(request.id()).isPresent()) {
            throw ItakuException.invalid("id", "この機関IDは既に使われています。");
        }
        Agency agency = register(request);
        Person chief;
        try {
            chief = staff.inviteFirstChief(agency.id, new StaffService.Invitation(request.chief().email(),
                    request.chief().lastName(), request.chief().firstName(), null));
        } catch (RuntimeException e) {
            unregister(agency.id);
            throw e;
        }
        return Response.created(URI.create("/api/contracts/agencies/" + agency.id)).entity(AgencyView.of(agency, chief))
                .build();
    }

    @Transactional
    Agency register(AgencyRequest request) {
        Agency agency = new Agency();
        agency.id = request.id();
        agency.name = request.name().strip();
        agency.kind = request.kind();
        agency.citation = request.citation();
        agency.contractorTotp = request.contractorTotp() == null || request.contractorTotp();
        agency.createdBy = caller.userName();
        agency.createdAt = OffsetDateTime.now(clock);
        agency.persist();
        return agency;
    }

    @Transactional
    void unregister(String id) {
        Agency.delete("id", id);
    }
}
