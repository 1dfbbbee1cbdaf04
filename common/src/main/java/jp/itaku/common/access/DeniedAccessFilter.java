package jp.itaku.common.access;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.lang.reflect.Method;
import java.util.List;

/**
 * Records the attempts that never reach an {@link AccessRecorded} method because {@code @RolesAllowed} refused them
 * (403, or 401 for a token without the needed identity): "denied" is an outcome auditors must see.
 */
public class DeniedAccessFilter {

    @Inject
    AccessRecorder recorder;

    @Inject
    AccessContext context;

    @ServerResponseFilter
    public void recordRefused(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo info) {
        int status = response.getStatus();
        if (status != 403 || info == null || !recorder.enabled()) {
            return;
        }
        Method method = info.getResourceMethod();
        if (method == null) {
            return;
        }
        AccessRecorded spec = method.getAnnotation(AccessRecorded.class);
        if (spec == null) {
            spec = info.getResourceClass() == null ? null : info.getResourceClass().getAnnotation(AccessRecorded.class);
        }
        if (spec == null || context.recorded()) {
            return;
        }
        context.markRecorded();
        String type = spec.type().isBlank() ? method.getDeclaringClass().getSimpleName() : spec.type();
        recorder.appendInNewTransaction(recorder.describe(type, spec.action(), 0, List.of(), status, false, null));
    }
}
