package jp.itaku.gateway.security;

import io.quarkus.qute.Engine;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import jp.itaku.gateway.problem.Problems;

import java.util.Locale;

/** The Japanese 403 for a request the portal did not send itself: a page for people, problem+json for /api. */
@Singleton
public class Refusals {

    static final String TITLE = "この操作は受け付けられません";
    static final String DETAIL = "このリクエストは Itaku のポータルの画面から送信されたことを確認できないため、処理しませんでした"
            + "（クロスサイトリクエストフォージェリ対策）。何も変更されていません。"
            + "ポータルの画面を開き直してから、もう一度操作してください。";

    private final Engine engine;

    Refusals(Engine engine) {
        this.engine = engine;
    }

    void crossSite(RoutingContext rc) {
        if (rc.request().path().startsWith("/api/")) {
            Problems.send(rc, 403, TITLE, DETAIL);
            return;
        }
        rc.response().setStatusCode(403)
                .putHeader(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8")
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(page());
    }

    /** The refusal page (without the signed-in person's header: nothing of the session is needed to say no). */
    public String page() {
        return engine.getTemplate("security/refused.html").instance()
                .data("title", TITLE).data("detail", DETAIL).data("lang", "ja")
                .setLocale(Locale.JAPANESE).render();
    }
}
