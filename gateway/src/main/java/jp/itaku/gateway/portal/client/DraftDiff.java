package jp.itaku.gateway.portal.client;

import java.util.List;

/** {@code GET …/drafts/diff?from=&to=}: what changed per element between two versions. */
public record DraftDiff(int fromVersion, int toVersion, List<String> fixed, List<String> broken, List<Change> elements) {

    /** One element's status in both versions, the change and the changed wording. */
    public record Change(String id, String name, String fromStatus, String fromStatusLabel, String toStatus,
                         String toStatusLabel, String change,
                         String changeLabel, List<String> removedText, List<String> addedText) {
    }
}
