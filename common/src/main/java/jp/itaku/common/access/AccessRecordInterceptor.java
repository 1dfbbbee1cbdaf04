package jp.itaku.common.access;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jp.itaku.common.api.PageResult;
import jp.itaku.common.problem.ItakuException;
import jp.itaku.common.problem.Problem;
import jp.itaku.common.time.ItakuClock;

import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Records every call of an {@link AccessRecorded} method. Runs outside {@code @Transactional} (lower priority
 * number), so that a change joins one transaction with its record; a read, a refused call and a failed change are
 * recorded in a transaction of their own, committed before the answer (or the error) leaves.
 */
@AccessRecorded
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class AccessRecordInterceptor {

    /** Query parameter with which a user confirms a bulk download (S3). */
    public static final String BULK_REASON = "bulkReason";
    static final int MIN_REASON_LENGTH = 5;

    @Inject
    AccessRecorder recorder;

    @Inject
    AccessContext context;

    @Inject
    ItakuClock clock;

    @Inject
    AccessConfig config;

    @AroundInvoke
    Object record(InvocationContext ctx) throws Exception {
        if (!recorder.enabled()) {
            return ctx.proceed();
        }
        AccessRecorded spec = spec(ctx);
        String type = spec.type().isBlank() ? ctx.getMethod().getDeclaringClass().getSimpleName() : spec.type();
        AccessAction action = spec.action();
        context.markRecorded();
        if (action.isChange()) {
            return change(ctx, type, action);
        }
        Object result;
        try {
            result = ctx.proceed();
        } catch (Exception e) {
            recorder.appendInNewTransaction(recorder.describe(type, action, 0, context.ids(), statusOf(e), false, null));
            throw e;
        }
        int rows = rows(action, result);
        if (action.countsAsDownload()) {
            download(type, action, rows);
        } else {
            recorder.appendInNewTransaction(recorder.describe(type, action, rows, context.ids(), 200, false, null));
        }
        return result;
    }

    private Object change(InvocationContext ctx, String type, AccessAction action) throws Exception {
        try {
            return QuarkusTransaction.joiningExisting().call(() -> {
                Object result = proceed(ctx);
                recorder.appendInCurrentTransaction(
                        recorder.describe(type, action, rows(action, result), context.ids(), 200, false, null));
                return result;
            });
        } catch (RuntimeException e) {
            Exception cause = unwrap(e);
            recorder.appendInNewTransaction(recorder.describe(type, action, 0, context.ids(), statusOf(cause), false, null));
            throw cause;
        }
    }

    /** S3: past the agency's daily threshold the export waits for a reason; with one it goes ahead, flagged. */
    private void download(String type, AccessAction action, int rows) {
        String reason = recorder.queryParam(BULK_REASON);
        String given = reason == null ? null : reason.strip();
        Held held = QuarkusTransaction.requiringNew().call(() -> {
            AccessRecord draft = recorder.describe(type, action, rows, context.ids(), 200, false, null);
            try (Connection c = recorder.connection()) {
                AccessSettingsStore.Settings settings = AccessSettingsStore.get(c, draft.tenantId(), config);
                LocalDate today = clock.today();
                Instant from = today.atStartOfDay(ItakuClock.TOKYO).toInstant();
                Instant to = today.plusDays(1).atStartOfDay(ItakuClock.TOKYO).toInstant();
                long before = AccessSettingsStore.downloadedBetween(c, draft.tenantId(), draft.userId(), from, to);
                if (before + rows <= settings.bulkThreshold()) {
                    AccessRecordStore.append(c, draft);
                    return null;
                }
                if (given == null || given.length() < MIN_REASON_LENGTH) {
                    AccessRecordStore.append(c, recorder.describe(type, action, rows, context.ids(), 428, true, null));
                    return new Held(settings.bulkThreshold(), before, rows);
                }
                AccessRecord flagged = AccessRecordStore.append(c,
                        recorder.describe(type, action, rows, context.ids(), 200, true, given));
                BulkNotice.insert(c, flagged, before, settings.bulkThreshold());
                return null;
            }
        });
        if (held != null) {
            String message = String.format("本日の出力件数が上限（%,d件）を超えます（本日これまで %,d件 ＋ 今回 %,d件）。"
                            + "大量ダウンロードの理由を%d文字以上入力して確認してください。保護管理者に通知されます。",
                    held.threshold(), held.before(), held.rows(), MIN_REASON_LENGTH);
            throw new ItakuException(428, "大量ダウンロードの確認が必要です", message,
                    List.of(new Problem.FieldError(BULK_REASON, message)));
        }
    }

    private record Held(int threshold, long before, int rows) {
    }

    private static Object proceed(InvocationContext ctx) {
        try {
            return ctx.proceed();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new CheckedWrapper(e);
        }
    }

    private static final class CheckedWrapper extends RuntimeException {
        CheckedWrapper(Exception cause) {
            super(cause);
        }
    }

    private static Exception unwrap(RuntimeException e) {
        Throwable t = e;
        while (t instanceof CheckedWrapper || (t instanceof io.quarkus.narayana.jta.QuarkusTransactionException
                && t.getCause() != null)) {
            t = t.getCause();
        }
        return t instanceof Exception ex ? ex : e;
    }

    private int rows(AccessAction action, Object result) {
        Integer told = context.rows();
        if (told != null) {
            return told;
        }
        Object body = result instanceof Response r ? r.getEntity() : result;
        if (body instanceof PageResult<?> page) {
            return page.items().size();
        }
        if (body instanceof Collection<?> c) {
            return c.size();
        }
        if (body == null && (action == AccessAction.LIST || action == AccessAction.DELETE)) {
            return 0;
        }
        return 1;
    }

    static int statusOf(Throwable e) {
        if (e instanceof ItakuException ie) {
            return ie.status();
        }
        if (e instanceof WebApplicationException we) {
            return we.getResponse().getStatus();
        }
        if (e instanceof ForbiddenException) {
            return 403;
        }
        if (e instanceof UnauthorizedException || e instanceof AuthenticationFailedException) {
            return 401;
        }
        if (e instanceof ConstraintViolationException) {
            return 400;
        }
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException) {
            return 400;
        }
        return 500;
    }

    private static AccessRecorded spec(InvocationContext ctx) {
        AccessRecorded onMethod = ctx.getMethod().getAnnotation(AccessRecorded.class);
        if (onMethod != null) {
            return onMethod;
        }
        for (Object binding : ctx.getInterceptorBindings()) {
            if (binding instanceof AccessRecorded a) {
                return a;
            }
        }
        return ctx.getMethod().getDeclaringClass().getAnnotation(AccessRecorded.class);
    }
}
