package jp.itaku.inspection.chain;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jp.itaku.common.security.Roles;
import jp.itaku.inspection.engagement.Engagement;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every pending re-subcontracting request the caller may see (the tenant's; a contractor only those in its own
 * subtree, as for the chain), in the order of the engagement list (latest approval first) and within an engagement
 * in chain order — two queries whatever the number of engagements.
 */
@Path("/api/inspections/subcontract-requests")
public class PendingSubcontractResource {

    @GET
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR, Roles.CONTRACTOR})
    public List<PendingSubcontract> pending() {
        List<ChainNode> nodes = ChainNode.list("status = ?1 order by path", ChainNode.Status.PENDING);
        if (nodes.isEmpty()) {
            return List.of();
        }
        Map<UUID, Engagement> engagements = Engagement.<Engagement>list("id in ?1",
                        nodes.stream().map(n -> n.engagementId).distinct().toList())
                .stream().collect(Collectors.toMap(e -> e.id, Function.identity()));
        Comparator<Engagement> newestApproval = Comparator.comparing((Engagement e) -> e.approvedAt,
                Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(e -> e.id.toString());
        return nodes.stream()
                .filter(n -> engagements.containsKey(n.engagementId))
                .sorted(Comparator.comparing((ChainNode n) -> engagements.get(n.engagementId), newestApproval)
                        .thenComparing(n -> n.path))
                .map(n -> new PendingSubcontract(NodeView.of(n), engagements.get(n.engagementId).title))
                .toList();
    }
}
