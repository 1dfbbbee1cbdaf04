package jp.itaku.gateway.portal.web;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/** The language switch: Japanese by default, English on request, remembered in a cookie. */
@Path("/lang")
public class Lang {

    public static final String COOKIE = "itaku-lang";

    @GET
    @PermitAll
    public Response choose(@QueryParam("to") String to, @QueryParam("back") String back) {
        String lang = "en".equals(to) ? "en" : "ja";
        // only paths of this site: an absolute or protocol-relative URL would make this an open redirect
        String target = back != null && back.startsWith("/") && !back.startsWith("//") ? back : "/";
        return Response.seeOther(URI.create(target))
                .cookie(new NewCookie.Builder(COOKIE).value(lang).path("/").maxAge(365 * 24 * 3600)
                        .sameSite(NewCookie.SameSite.LAX).httpOnly(true).build())
                .build();
    }
}
