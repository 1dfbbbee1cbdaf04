package jp.itaku.contract.redline;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jp.itaku.common.http.ContentDisposition;
import jp.itaku.common.problem.ItakuException;
import jp.itaku.common.ratelimit.RateLimited;
import jp.itaku.common.ratelimit.RateLimits;
import jp.itaku.common.security.Roles;
import jp.itaku.common.time.ItakuClock;
import jp.itaku.contract.Actor;
import jp.itaku.contract.draft.ContractDraft;
import jp.itaku.contract.draft.DraftService;
import jp.itaku.contract.draft.ElementStatus;
import jp.itaku.contract.engagement.Engagement;
import jp.itaku.contract.engagement.EngagementKind;

import java.util.Locale;
import java.util.UUID;

/** The redlined .docx of a draft version: the officer sends it back to the vendor. Same readers as the verification. */
@Path("/api/contracts/engagements/{engagementId}/drafts/{version}/redline.docx")
public class RedlineResource {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final Redliner redliner = new Redliner();

    @Inject
    DraftService drafts;

    @Inject
    ItakuClock clock;

    @Inject
    Actor actor;

    @GET
    @Produces({DOCX, "application/problem+json"})
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR, Roles.CONTRACTOR})
    @RateLimited(RateLimits.EXPORT)
    public Response redline(@PathParam("engagementId") UUID engagementId, @PathParam("version") int version) {
        EngagementKind kind = Engagement.findVisible(engagementId).kind;
        ContractDraft draft = drafts.get(engagementId, version);
        if (!draft.fileName.toLowerCase(Locale.ROOT).endsWith(".docx")) {
            throw ItakuException.unprocessable("第" + version + "版（" + draft.fileName + "）はWord文書（.docx）ではないため、"
                    + "変更履歴とコメントを入れた修正案は作れません。修正案が必要なときは、委託先に .docx 形式の契約書案を依頼して"
                    + "アップロードしてください。検証結果の画面と検証報告書（PDF）には、欠落した要素の文例が載っています。");
        }
        Redliner.Result result = redliner.redline(drafts.original(draft), drafts.report(draft),
                id -> ElementStatus.applies(kind, id),
                new Revision("Itaku（" + actor.displayName() + "）", "IT", clock.now()));
        String base = draft.fileName.substring(0, draft.fileName.length() - ".docx".length());
        return Response.ok(result.docx(), DOCX)
                .header("Content-Disposition", ContentDisposition.attachment(base + "_修正案_第" + version + "版.docx",
                        "redline-v" + version + ".docx"))
                .header("X-Itaku-Insertions", result.insertions())
                .header("X-Itaku-Comments", result.comments())
                .build();
    }
}
