package jp.itaku.gateway.portal.web;

import io.quarkus.qute.Engine;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import jp.itaku.gateway.portal.Portal;
import jp.itaku.gateway.portal.RoleLabels;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/** Renders a portal page for the signed-in person, in the language chosen with the {@value Lang#COOKIE} cookie. */
@RequestScoped
public class Page {

    private final Engine engine;
    private final Portal portal;
    private final SecurityIdentity identity;
    private final HttpHeaders headers;
    private final UriInfo uri;

    Page(Engine engine, Portal portal, SecurityIdentity identity, HttpHeaders headers, UriInfo uri) {
        this.engine = engine;
        this.portal = portal;
        this.identity = identity;
        this.headers = headers;
        this.uri = uri;
    }

    public TemplateInstance of(String template) {
        Locale locale = locale();
        TemplateInstance page = engine.getTemplate(template).instance();
        if (!identity.isAnonymous()) {
            page.data("viewer", portal.viewer(identity));
        }
        return page
                .data("lang", locale.getLanguage())
                .data("path", currentPage())
                .setLocale(locale);
    }

    /** This page's path and query, for links that come back here (e.g. the language switch). */
    private String currentPage() {
        URI request = uri.getRequestUri();
        return URLEncoder.encode(request.getRawPath() + (request.getRawQuery() == null ? "" : "?" + request.getRawQuery()),
                StandardCharsets.UTF_8);
    }

    public Locale locale() {
        var cookie = headers.getCookies().get(Lang.COOKIE);
        return cookie != null && "en".equals(cookie.getValue()) ? Locale.ENGLISH : Locale.JAPANESE;
    }

    /** The portal's own words in this page's language, for what Java code puts on a page. */
    public Msg msg() {
        return Locale.ENGLISH.equals(locale()) ? MessageBundles.get(Msg.class, Localized.Literal.of("en"))
                : MessageBundles.get(Msg.class);
    }

    /** A page bundle's words ({@code IncidentMsg}, {@code SelfReportMsg} …) in this page's language, for what Java code puts on a page. */
    public <T> T msg(Class<T> bundle) {
        return Locale.ENGLISH.equals(locale()) ? MessageBundles.get(bundle, Localized.Literal.of("en"))
                : MessageBundles.get(bundle);
    }

    public boolean has(String role) {
        return identity.hasRole(role);
    }

    /** Refuses the page, naming the roles it needs, unless the person holds one of them. */
    public void require(String... roles) {
        if (Arrays.stream(roles).noneMatch(identity::hasRole)) {
            Msg msg = msg();
            throw new ServiceException(new Problem(403, msg.forbidden_title(),
                    msg.forbidden_roles(String.join(msg.list_sep(), RoleLabels.of(Set.of(roles), locale()))), java.util.Map.of()));
        }
    }

    public String userName() {
        return identity.getPrincipal().getName();
    }
}
