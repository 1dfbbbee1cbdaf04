package jp.itaku.gateway.portal;

import java.util.List;
import java.util.Set;

/** One entry of the portal's header navigation; shown to holders of any of {@code roles} (to everyone if empty). */
public record NavItem(String label, String englishLabel, String href, Set<String> roles) {

    public String label(String lang) {
        return "en".equals(lang) ? englishLabel : label;
    }

    public boolean visibleTo(Set<String> callerRoles) {
        return roles.isEmpty() || roles.stream().anyMatch(callerRoles::contains);
    }

    static List<NavItem> visible(List<NavItem> all, Set<String> callerRoles) {
        return all.stream().filter(item -> item.visibleTo(callerRoles)).toList();
    }
}
