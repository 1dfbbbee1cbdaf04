package jp.itaku.common.access;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method (or every method of a resource class) that reads, exports or changes records carrying
 * personal information: each call leaves an access record (S2) — who, when, what (type, the ids in the path, the
 * query, how many rows), the action, the outcome (denied attempts too) and where from.
 *
 * <pre>
 * &#64;GET &#64;AccessRecorded(type = "self-report", action = AccessAction.LIST)
 * public PageResult&lt;SelfReportView&gt; list(...)
 * </pre>
 *
 * Changes ({@link AccessAction#isChange()}) run in one transaction with their record; reads are recorded in a
 * transaction of their own before the answer leaves. Exports and downloads count towards the bulk-download threshold
 * (S3): past it, the call answers 428 until the user repeats it with {@code ?bulkReason=…}. See docs/DEVELOPING.md.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface AccessRecorded {

    /** Kind of record, e.g. {@code written-confirmation}, {@code self-report}, {@code evidence}. */
    @Nonbinding
    String type() default "";

    @Nonbinding
    AccessAction action() default AccessAction.READ;
}
