package jp.itaku.gateway.proxy;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.streams.ReadStream;

/**
 * A request body without {@code Content-Length} (chunked) as it is streamed to the service, counted: once it passes
 * the limit, nothing more is passed on and {@code onExceeded} runs (the gateway then breaks off the upstream request
 * and answers 413 itself), the same limit as for bodies whose length is declared.
 */
final class LimitedBody implements ReadStream<Buffer> {

    private final HttpServerRequest request;
    private final long limit;
    private final Runnable onExceeded;
    private long seen;
    private boolean exceeded;

    LimitedBody(HttpServerRequest request, long limit, Runnable onExceeded) {
        this.request = request;
        this.limit = limit;
        this.onExceeded = onExceeded;
    }

    boolean exceeded() {
        return exceeded;
    }

    @Override
    public ReadStream<Buffer> handler(Handler<Buffer> handler) {
        if (handler == null) {
            request.handler(null);
            return this;
        }
        request.handler(chunk -> {
            if (exceeded) {
                return;
            }
            seen += chunk.length();
            if (seen > limit) {
                exceeded = true;
                onExceeded.run();
                return;
            }
            handler.handle(chunk);
        });
        return this;
    }

    @Override
    public ReadStream<Buffer> endHandler(Handler<Void> handler) {
        request.endHandler(handler == null ? null : end -> {
            if (!exceeded) {
                handler.handle(end);
            }
        });
        return this;
    }

    @Override
    public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
        request.exceptionHandler(handler);
        return this;
    }

    @Override
    public ReadStream<Buffer> pause() {
        request.pause();
        return this;
    }

    @Override
    public ReadStream<Buffer> resume() {
        request.resume();
        return this;
    }

    @Override
    public ReadStream<Buffer> fetch(long amount) {
        request.fetch(amount);
        return this;
    }
}
