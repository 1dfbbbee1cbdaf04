package jp.itaku.common.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.core.multipart.MultipartParser;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A multipart body the parser cannot read (e.g. a raw line break inside a part's file name) is the sender's mistake:
 * 400 naming the file field, not a 500 (issue 18, found by the upload property test).
 */
public class MalformedMultipartMapper {

    @ServerExceptionMapper
    public Response malformed(MultipartParser.MalformedMessageException e, UriInfo uri) {
        return ProblemMappers.respond(ItakuException.invalid("file",
                "アップロードの形式（multipart/form-data）が正しくありません。ファイル名に改行などの制御文字が含まれていないか確認してください。")
                .toProblem(), uri);
    }
}
