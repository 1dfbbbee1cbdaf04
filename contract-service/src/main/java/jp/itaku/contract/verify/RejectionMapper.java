package jp.itaku.contract.verify;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jp.itaku.common.problem.ItakuException;
import jp.itaku.common.problem.Problem;
import jp.itaku.contract.verification.DocumentRejectedException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A draft the verifier cannot read is the sender's problem: a 4xx with the verifier's Japanese reason. */
public class RejectionMapper {

    @ServerExceptionMapper
    public Response rejected(DocumentRejectedException e, UriInfo uri) {
        return respond(toItaku(e), uri);
    }

    public static ItakuException toItaku(DocumentRejectedException e) {
        return switch (e.reason()) {
            case EMPTY -> ItakuException.invalid("file", e.getMessage());
            case TOO_LARGE -> ItakuException.tooLarge(e.getMessage());
            case UNSUPPORTED_TYPE, TYPE_MISMATCH -> ItakuException.unsupportedType(e.getMessage());
            default -> ItakuException.unprocessable(e.getMessage());
        };
    }

    private static Response respond(ItakuException e, UriInfo uri) {
        Problem problem = e.toProblem();
        return Response.status(e.status()).type(Problem.MEDIA_TYPE)
                .entity(uri == null ? problem : problem.at(uri.getPath())).build();
    }
}
