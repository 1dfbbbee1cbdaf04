package jp.itaku.contract.draft;

import jp.itaku.contract.verification.ElementResult;
import jp.itaku.contract.verification.Evidence;
import jp.itaku.contract.verification.VerificationReport;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What a revision changed, element by element: fixed, broken, otherwise changed, or untouched. */
public record DraftDiff(int fromVersion, int toVersion, List<String> fixed, List<String> broken,
                        List<ElementChange> elements) {

    public enum Change {
        FIXED("修正された"),
        BROKEN("損なわれた"),
        STATUS_CHANGED("判定が変わった"),
        REWORDED("根拠の文言が変わった"),
        UNCHANGED("変更なし");

        public final String label;

        Change(String label) {
            this.label = label;
        }
    }

    public record ElementChange(String id, String name, String fromStatus, String fromStatusLabel, String toStatus,
                                String toStatusLabel, Change change, String changeLabel,
                                List<String> removedText, List<String> addedText) {
    }

    public static DraftDiff between(int fromVersion, VerificationReport from, int toVersion, VerificationReport to) {
        Set<String> ids = new LinkedHashSet<>();
        from.elements().forEach(e -> ids.add(e.id()));
        to.elements().forEach(e -> ids.add(e.id()));
        List<ElementChange> changes = ids.stream().map(id -> change(id, find(from, id), find(to, id))).toList();
        return new DraftDiff(fromVersion, toVersion,
                changes.stream().filter(c -> c.change() == Change.FIXED).map(ElementChange::id).toList(),
                changes.stream().filter(c -> c.change() == Change.BROKEN).map(ElementChange::id).toList(),
                changes);
    }

    private static ElementChange change(String id, ElementResult before, ElementResult after) {
        String fromStatus = before == null ? ElementResult.MISSING : before.status();
        String toStatus = after == null ? ElementResult.MISSING : after.status();
        List<String> beforeText = texts(before);
        List<String> afterText = texts(after);
        List<String> removed = beforeText.stream().filter(t -> !afterText.contains(t)).toList();
        List<String> added = afterText.stream().filter(t -> !beforeText.contains(t)).toList();
        boolean wasSatisfied = ElementResult.SATISFIED.equals(fromStatus);
        boolean isSatisfied = ElementResult.SATISFIED.equals(toStatus);
        Change change;
        if (!wasSatisfied && isSatisfied) {
            change = Change.FIXED;
        } else if (wasSatisfied && !isSatisfied) {
            change = Change.BROKEN;
        } else if (!fromStatus.equals(toStatus)) {
            change = Change.STATUS_CHANGED;
        } else if (!removed.isEmpty() || !added.isEmpty()) {
            change = Change.REWORDED;
        } else {
            change = Change.UNCHANGED;
        }
        return new ElementChange(id, ElementStatus.elementName(id), fromStatus, ElementStatus.label(fromStatus), toStatus,
                ElementStatus.label(toStatus), change, change.label, removed, added);
    }

    private static ElementResult find(VerificationReport report, String id) {
        return report.elements().stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
    }

    private static List<String> texts(ElementResult result) {
        return result == null ? List.of() : result.evidence().stream().map(Evidence::text).distinct().toList();
    }
}
