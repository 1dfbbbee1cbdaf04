package jp.itaku.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** Maps every failure to a Japanese problem+json response; never a stack trace. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response itaku(ItakuException e, UriInfo uri) {
        return respond(e.toProblem(), uri);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .collect(Collectors.toList());
        return respond(ItakuException.invalid(errors).toProblem(), uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unknownField(UnrecognizedPropertyException e, UriInfo uri) {
        String field = e.getPropertyName();
        return respond(ItakuException.invalid(field, "項目「" + field + "」は受け付けていません。").toProblem(), uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        String field = pathOf(e);
        return respond(ItakuException.invalid(field, "項目「" + field + "」の値の形式が正しくありません。").toProblem(), uri);
    }

    @ServerExceptionMapper(priority = 2)
    public Response mapping(JsonMappingException e, UriInfo uri) {
        if (isBrokenSyntax(e)) {
            return malformedJson(e, uri);
        }
        String field = pathOf(e);
        String message = field.isEmpty() ? "JSON の形式が正しくありません。" : "項目「" + field + "」の値の形式が正しくありません。";
        return respond(ItakuException.invalid(field.isEmpty() ? "body" : field, message).toProblem(), uri);
    }

    @ServerExceptionMapper(priority = 3)
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        return respond(Problem.of(400, "JSON の形式が正しくありません",
                "リクエスト本文を JSON として読み取れませんでした。構文を確認してください。"), uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return respond(Problem.of(401, "認証が必要です", "ログインしてからもう一度お試しください。"), uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return respond(Problem.of(401, "認証が必要です", "トークンが無効か期限切れです。ログインし直してください。"), uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(Problem.of(403, "権限がありません", "この操作を行う権限（ロール）がありません。"), uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        // the JSON reader wraps Jackson's failures in a plain 400
        Throwable cause = e.getCause();
        if (cause instanceof jp.itaku.common.json.UnsafeTextException unsafe) {
            return jp.itaku.common.json.UnsafeTextMapper.toResponse(unsafe, uri);
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return unknownField(unknown, uri);
        }
        if (cause instanceof InvalidFormatException format) {
            return invalidFormat(format, uri);
        }
        if (cause instanceof JsonMappingException mappingFailure) {
            return mapping(mappingFailure, uri);
        }
        if (cause instanceof JsonProcessingException parseFailure) {
            return malformedJson(parseFailure, uri);
        }
        int status = e.getResponse().getStatus();
        return respond(Problem.of(status, titleFor(status), detailFor(status)), uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        LOG.error("unexpected failure at " + uri.getPath(), e);
        return respond(Problem.of(500, "システムエラーが発生しました",
                "処理を完了できませんでした。時間をおいて再度お試しください。解決しない場合は運用管理者に連絡してください。"), uri);
    }

    static Response respond(Problem problem, UriInfo uri) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(uri == null ? problem : problem.at(uri.getPath()))
                .build();
    }

    private static String fieldOf(ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        // "create.arg0.name" / "create.request.name" -> "name"
        String[] parts = path.split("\\.");
        return parts.length > 2 ? String.join(".", List.of(parts).subList(2, parts.length)) : parts[parts.length - 1];
    }

    /** Truncated or empty input surfaces as a mapping failure; it is a syntax problem for the person sending it. */
    private static boolean isBrokenSyntax(JsonMappingException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StreamReadException) {
                return true;
            }
        }
        String message = String.valueOf(e.getOriginalMessage());
        return message.contains("end-of-input") || message.contains("No content to map");
    }

    private static String pathOf(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    static String titleFor(int status) {
        return switch (status) {
            case 400 -> "リクエストが正しくありません";
            case 401 -> "認証が必要です";
            case 403 -> "権限がありません";
            case 404 -> "見つかりません";
            case 405 -> "この操作は許可されていません";
            case 406 -> "応答形式に対応していません";
            case 409 -> "現在の状態では実行できません";
            case 413 -> "サイズが上限を超えています";
            case 415 -> "対応していない形式です";
            case 503 -> "サービスを利用できません";
            default -> "エラーが発生しました";
        };
    }

    static String detailFor(int status) {
        return switch (status) {
            case 400 -> "リクエストの内容を確認してください。";
            case 401 -> "ログインしてからもう一度お試しください。";
            case 403 -> "この操作を行う権限（ロール）がありません。";
            case 404 -> "指定されたリソースは存在しないか、参照する権限がありません。";
            case 405 -> "この URL ではこの HTTP メソッドを使えません。";
            case 406 -> "Accept ヘッダーを確認してください。";
            case 413 -> "リクエスト本文が大きすぎます。";
            case 415 -> "Content-Type を確認してください（JSON は application/json）。";
            case 503 -> "一時的に利用できません。時間をおいて再度お試しください。";
            default -> "処理を完了できませんでした。";
        };
    }
}
