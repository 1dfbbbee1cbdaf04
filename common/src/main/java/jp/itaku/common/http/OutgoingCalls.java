package jp.itaku.common.http;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Service-to-service calls over the JDK's HttpClient (which no Quarkus extension instruments): each call is a
 * CLIENT span of the current trace and carries it on as W3C {@code traceparent}, so that a trace goes on from the
 * gateway through inspection-service into contract-service. With tracing off (the local default) the span is a no-op.
 */
@ApplicationScoped
public class OutgoingCalls {

    private final OpenTelemetry telemetry;
    private final Tracer tracer;

    OutgoingCalls(OpenTelemetry telemetry) {
        this.telemetry = telemetry;
        this.tracer = telemetry.getTracer("jp.itaku.common.http");
    }

    /** Sends {@code request} (built from {@code builder}) as a traced CLIENT call named after {@code target}. */
    public <T> HttpResponse<T> send(HttpClient http, HttpRequest.Builder builder, String target,
                                    HttpResponse.BodyHandler<T> body) throws IOException, InterruptedException {
        HttpRequest draft = builder.copy().build();
        Span span = tracer.spanBuilder(draft.method() + " " + target)
                .setSpanKind(SpanKind.CLIENT)
                .setAttribute("http.request.method", draft.method())
                .setAttribute("url.full", draft.uri().toString())
                .setAttribute("server.address", String.valueOf(draft.uri().getHost()))
                .setAttribute("server.port", (long) draft.uri().getPort())
                .startSpan();
        try (Scope ignored = span.makeCurrent()) {
            telemetry.getPropagators().getTextMapPropagator().inject(Context.current(), builder,
                    (carrier, name, value) -> carrier.setHeader(name, value));
            HttpResponse<T> response = http.send(builder.build(), body);
            span.setAttribute("http.response.status_code", (long) response.statusCode());
            if (response.statusCode() >= 500) {
                span.setStatus(StatusCode.ERROR);
            }
            return response;
        } catch (IOException | RuntimeException e) {
            span.recordException(e);
            span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
            throw e;
        } finally {
            span.end();
        }
    }
}
