package jp.itaku.common.json;

import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jp.itaku.common.problem.ItakuException;
import jp.itaku.common.problem.Problem;
import jp.itaku.common.problem.ProblemMappers;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.stream.Collectors;

/** 400 problem+json naming the field whose text was refused by {@link TextRules}. */
public class UnsafeTextMapper {

    @ServerExceptionMapper
    public Response unsafeText(UnsafeTextException e, UriInfo uri) {
        return toResponse(e, uri);
    }

    /**
     * A value of the wrong JSON type ({@code {"name":123}}). Quarkus brings its own mapper for this exception type,
     * which would answer plain JSON; the Itaku answer is problem+json naming the field.
     */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        if (e instanceof UnsafeTextException unsafe) {
            return toResponse(unsafe, uri);
        }
        return new ProblemMappers().mapping(e, uri);
    }

    public static Response toResponse(UnsafeTextException e, UriInfo uri) {
        String field = pathOf(e);
        if (field.isEmpty()) {
            field = "body";
        }
        String message = "項目「" + field + "」に使用できない文字が含まれています（" + e.reason() + "）。"
                + "入力した内容を確認してください。";
        Problem problem = ItakuException.invalid(field, message).toProblem();
        return Response.status(400).type(Problem.MEDIA_TYPE)
                .entity(uri == null ? problem : problem.at(uri.getPath())).build();
    }

    static String pathOf(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
    }
}
