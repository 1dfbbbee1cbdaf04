package jp.itaku.common.problem;

import java.util.List;

/**
 * A failure a person can act on. Domain code throws these (or the factory methods below) without knowing HTTP;
 * the status is carried as a plain number and mapped to a problem response once, in {@link ProblemMappers}.
 */
public class ItakuException extends RuntimeException {

    private final int status;
    private final String title;
    private final List<Problem.FieldError> errors;

    public ItakuException(int status, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public static ItakuException notFound(String what) {
        return new ItakuException(404, "見つかりません", what + "が見つかりません。", List.of());
    }

    public static ItakuException invalid(String field, String message) {
        return new ItakuException(400, "入力内容に誤りがあります", message,
                List.of(new Problem.FieldError(field, message)));
    }

    public static ItakuException invalid(List<Problem.FieldError> errors) {
        return new ItakuException(400, "入力内容に誤りがあります",
                errors.isEmpty() ? "入力内容を確認してください。" : errors.get(0).message(), errors);
    }

    public static ItakuException conflict(String detail) {
        return new ItakuException(409, "現在の状態では実行できません", detail, List.of());
    }

    public static ItakuException forbidden(String detail) {
        return new ItakuException(403, "権限がありません", detail, List.of());
    }

    public static ItakuException tooLarge(String detail) {
        return new ItakuException(413, "サイズが上限を超えています", detail, List.of());
    }

    public static ItakuException unsupportedType(String detail) {
        return new ItakuException(415, "対応していない形式です", detail, List.of());
    }

    public static ItakuException unprocessable(String detail) {
        return new ItakuException(422, "内容を処理できません", detail, List.of());
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    public Problem toProblem() {
        return Problem.of(status, title, getMessage()).withErrors(errors);
    }
}
