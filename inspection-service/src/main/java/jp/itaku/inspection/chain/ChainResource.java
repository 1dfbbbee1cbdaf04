package jp.itaku.inspection.chain;

import jakarta.inject.Inject;
import jp.itaku.common.ratelimit.RateLimited;
import jp.itaku.common.ratelimit.RateLimits;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jp.itaku.common.problem.ItakuException;
import jp.itaku.common.security.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.net.URI;
import java.util.UUID;

@Path("/api/inspections/nodes")
public class ChainResource {

    @Inject
    ChainService service;

    @Inject
    JsonWebToken token;

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR, Roles.CONTRACTOR})
    public NodeView get(@PathParam("id") UUID id) {
        return ChainNode.findVisible(id).map(NodeView::of).orElseThrow(() -> ItakuException.notFound("委託先（連鎖のノード）"));
    }

    /** 再委託の承認申請: the contractor of the node asks to hand part of its work on. */
    @POST
    @Path("/{id}/subcontracts")
    @RolesAllowed(Roles.CONTRACTOR)
    @RateLimited(RateLimits.UPLOAD)
    public Response requestSubcontract(@PathParam("id") UUID parentId,
                                       @Valid @NotNull(message = "リクエスト本文が必要です。") SubcontractRequest request) {
        ChainNode node = service.request(parentId, request, token.getRawToken());
        return Response.created(URI.create("/api/inspections/nodes/" + node.id)).entity(NodeView.of(node)).build();
    }

    @POST
    @Path("/{id}/decision")
    @RolesAllowed(Roles.PROTECTION_MANAGER)
    public NodeView decide(@PathParam("id") UUID id,
                           @Valid @NotNull(message = "リクエスト本文が必要です。") DecisionRequest request) {
        return NodeView.of(service.decide(id, request.decision() == SubcontractDecision.APPROVE, request.comment(),
                request.inspectedBy()));
    }

    @POST
    @Path("/{id}/removal")
    @RolesAllowed(Roles.PROTECTION_MANAGER)
    public NodeView remove(@PathParam("id") UUID id,
                           @Valid @NotNull(message = "リクエスト本文が必要です。") RemovalRequest request) {
        return NodeView.of(service.remove(id, request.reason()));
    }
}
