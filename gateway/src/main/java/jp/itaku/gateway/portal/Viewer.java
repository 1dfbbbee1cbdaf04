package jp.itaku.gateway.portal;

import java.util.List;

/** The signed-in person as every portal page's header shows them. */
public record Viewer(String displayName, String userName, String agency, String organisation,
                     List<String> roles, List<String> englishRoles, List<NavItem> navigation) {

    /** The roles in the page's language ({@code "en"} or Japanese). */
    public List<String> rolesIn(String lang) {
        return "en".equals(lang) ? englishRoles : roles;
    }
}
