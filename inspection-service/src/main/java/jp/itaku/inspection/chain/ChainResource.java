package jp.itaku.inspection.chain;

import jakarta.inject.Inject;
import jp.itaku.common.ratelimit.RateLimited;
import jp.itaku.common.ratelimit.RateLimits;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jp.itaku.common.problem.ItakuException;
import jp.itaku.common.security.Roles;
import jp.itaku.inspection.plan.PlanEntry;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.io.IOException;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.UUID;

@Path("/api/inspections/nodes")
public class ChainResource {

    private static final ObjectMapper READER = new ObjectMapper();

    @Inject
    ChainService service;

    @Inject
    JsonWebToken token;

    public enum Decision { APPROVE, REFUSE }

    public record DecisionRequest(@NotNull(message = "decision（APPROVE または REFUSE）を指定してください。") Decision decision,
                                  @Size(max = 4000, message = "コメントは4000文字以内で入力してください。") String comment,
                                  PlanEntry.InspectedBy inspectedBy) {
    }

    public record RemovalRequest(@NotBlank(message = "連鎖から外す理由を入力してください。")
                                 @Size(max = 4000, message = "理由は4000文字以内で入力してください。") String reason) {
    }

    public record NodeView(UUID id, UUID engagementId, UUID parentId, int depth, String name, String corporateNumber,
                           String orgCode, boolean subsidiary, String workPart, String personalInfo, String location,
                           boolean cloud, String country, boolean needsReview, String status, String subcontractFileName, JsonNode verification,
                           OffsetDateTime requestedAt, String requestedBy, OffsetDateTime decidedAt, String decidedBy,
                           String decisionComment, OffsetDateTime removedAt, String removedBy, String removalReason) {

        public static NodeView of(ChainNode n) {
            return new NodeView(n.id, n.engagementId, n.parentId, n.depth, n.name, n.corporateNumber, n.orgCode,
                    n.subsidiary, n.workPart, n.personalInfo, n.location,
                    n.cloud, n.country, n.needsReview(), n.status.name(), n.subcontractFile,
                    parse(n.verification), n.requestedAt, n.requestedBy, n.decidedAt, n.decidedBy, n.decisionComment,
                    n.removedAt, n.removedBy, n.removalReason);
        }

        private static JsonNode parse(String json) {
            try {
                return json == null ? null : READER.readTree(json);
            } catch (IOException e) {
                return null;
            }
        }
    }

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
        return NodeView.of(service.decide(id, request.decision() == Decision.APPROVE, request.comment(),
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
