package jp.itaku.common.problem;

import java.util.List;

/**
 * A rule's answer, as plain values: allowed, or refused with the reason a person reads (and the fields at fault).
 * The pure rules (the {@code …model} packages) return decisions; the services, which load, lock and persist, turn a
 * refusal into an {@link ItakuException} with {@link #orThrow()} — so a rule is tested without a server.
 */
public record Decision(Kind kind, String title, String detail, List<Problem.FieldError> errors) {

    /** What kind of refusal: the problem+json status follows from it. */
    public enum Kind {
        ALLOWED(0, ""),
        INVALID(400, "入力内容に誤りがあります"),
        FORBIDDEN(403, "権限がありません"),
        CONFLICT(409, "現在の状態では実行できません"),
        UNPROCESSABLE(422, "内容を処理できません");

        final int status;
        final String title;

        Kind(int status, String title) {
            this.status = status;
            this.title = title;
        }
    }

    private static final Decision ALLOW = new Decision(Kind.ALLOWED, "", "", List.of());

    public Decision {
        errors = List.copyOf(errors);
    }

    public static Decision allowed() {
        return ALLOW;
    }

    public static Decision invalid(String field, String message) {
        return new Decision(Kind.INVALID, Kind.INVALID.title, message, List.of(new Problem.FieldError(field, message)));
    }

    /** Several field errors at once; the first one is the detail. */
    public static Decision invalid(List<Problem.FieldError> errors) {
        return errors.isEmpty() ? ALLOW
                : new Decision(Kind.INVALID, Kind.INVALID.title, errors.get(0).message(), errors);
    }

    public static Decision forbidden(String detail) {
        return new Decision(Kind.FORBIDDEN, Kind.FORBIDDEN.title, detail, List.of());
    }

    public static Decision conflict(String detail) {
        return new Decision(Kind.CONFLICT, Kind.CONFLICT.title, detail, List.of());
    }

    public static Decision unprocessable(String detail) {
        return new Decision(Kind.UNPROCESSABLE, Kind.UNPROCESSABLE.title, detail, List.of());
    }

    /** A refusal with its own title and field errors (e.g. 「承認できません」 with one error per element). */
    public static Decision refused(Kind kind, String title, String detail, List<Problem.FieldError> errors) {
        if (kind == Kind.ALLOWED) {
            throw new IllegalArgumentException("a refusal needs a refusing kind");
        }
        return new Decision(kind, title, detail, errors);
    }

    public boolean isAllowed() {
        return kind == Kind.ALLOWED;
    }

    /** The fields at fault, by name (for tests and logs). */
    public List<String> fields() {
        return errors.stream().map(Problem.FieldError::field).toList();
    }

    /** Nothing when allowed; otherwise the refusal as the exception the problem+json mapper answers with. */
    public void orThrow() {
        if (!isAllowed()) {
            throw new ItakuException(kind.status, title, detail, errors);
        }
    }
}
