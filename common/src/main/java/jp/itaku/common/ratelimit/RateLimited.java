package jp.itaku.common.ratelimit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Puts a resource method under one of the {@link RateLimits} (per user and per tenant). Over the limit the caller
 * gets 429 with {@code Retry-After} and a Japanese problem+json before the method runs.
 * <pre>{@code
 * @POST @RateLimited(RateLimits.VERIFICATION) @RolesAllowed(...)
 * public VerificationReport verify(...)
 * }</pre>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RateLimited {

    /** One of the names in {@link RateLimits}. */
    String value();
}
