package jp.itaku.inspection.evidence;

import jakarta.inject.Inject;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jp.itaku.common.access.AccessAction;
import jp.itaku.common.access.AccessRecorded;
import jp.itaku.common.http.ContentDisposition;
import jp.itaku.common.problem.ItakuException;
import jp.itaku.common.security.Roles;

import java.net.URI;
import java.util.UUID;

@Path("/api/inspections/evidence")
public class EvidenceResource {

    @Inject
    EvidenceStore store;

    /** The 201 answer of every evidence upload (checks, improvement requests, self-reports): where to read it back. */
    public static Response created(EvidenceFile stored) {
        return Response.created(URI.create("/api/inspections/evidence/" + stored.id)).entity(EvidenceView.of(stored)).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PROCUREMENT_OFFICER, Roles.PROTECTION_MANAGER, Roles.CHIEF_PROTECTION_MANAGER,
            Roles.INSPECTOR, Roles.AUDITOR, Roles.CONTRACTOR})
    @AccessRecorded(type = "evidence", action = AccessAction.DOWNLOAD)
    public Response download(@PathParam("id") UUID id) {
        EvidenceFile file = EvidenceFile.findVisible(id).orElseThrow(() -> ItakuException.notFound("証拠ファイル"));
        StreamingOutput body = out -> store.copyTo(file, out);
        return Response.ok(body, file.contentType)
                // always a download, never rendered by the browser in Itaku's origin (issue 19)
                .header("Content-Disposition", ContentDisposition.attachment(file.fileName))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Length", file.sizeBytes)
                .build();
    }
}
