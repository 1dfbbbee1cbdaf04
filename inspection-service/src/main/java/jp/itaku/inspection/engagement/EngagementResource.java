package jp.itaku.inspection.engagement;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jp.itaku.common.api.PageResult;
import jp.itaku.common.problem.ItakuException;
import jp.itaku.common.security.Roles;
import jp.itaku.inspection.chain.ChainNode;
import jp.itaku.inspection.chain.NodeView;
import jp.itaku.inspection.chain.ChainTreeService;

import java.util.List;
import java.util.UUID;

@Path("/api/inspections/engagements")
@RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
        Roles.INSPECTOR, Roles.AUDITOR, Roles.CONTRACTOR})
public class EngagementResource {

    private final ChainTreeService tree;

    EngagementResource(ChainTreeService tree) {
        this.tree = tree;
    }

    @GET
    public PageResult<EngagementView> list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                           @QueryParam("size") @DefaultValue("50") @Min(1) @Max(PageResult.MAX_SIZE) int size) {
        var query = Engagement.<Engagement>findAll(Sort.by("approvedAt").descending().and("id"));
        return new PageResult<>(query.page(Page.of(page, size)).list(), page, size, query.count(), "approvedAt,desc")
                .map(EngagementView::of);
    }

    @GET
    @Path("/{id}")
    public EngagementView get(@PathParam("id") UUID id) {
        return Engagement.findVisible(id).map(EngagementView::of).orElseThrow(() -> ItakuException.notFound("委託案件"));
    }

    /** The chain as far as the caller may see it, root first, each subtree after its node (ordered by path). */
    @GET
    @Path("/{id}/chain")
    public List<NodeView> chain(@PathParam("id") UUID id) {
        Engagement.findVisible(id).orElseThrow(() -> ItakuException.notFound("委託案件"));
        return ChainNode.<ChainNode>list("engagementId = ?1 order by path", id).stream().map(NodeView::of).toList();
    }

    /** The chain as a tree with its roll-up, as far as the caller may see it, in path order (a node before its subtree). */
    @GET
    @Path("/{id}/chain/tree")
    public List<TreeNodeView> chainTree(@PathParam("id") UUID id) {
        Engagement.findVisible(id).orElseThrow(() -> ItakuException.notFound("委託案件"));
        return tree.tree(id).stream().map(TreeNodeView::of).toList();
    }
}
