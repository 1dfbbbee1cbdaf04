package jp.itaku.contract.contractor;

import jakarta.inject.Inject;
import jp.itaku.common.time.ItakuClock;

import jakarta.enterprise.context.ApplicationScoped;
import jp.itaku.common.text.JapaneseDates;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Which contractors hold an expired certification: every view that shows a contractor (lists, engagements,
 * exports, PDFs) asks here, so the flag appears wherever the contractor does.
 */
@ApplicationScoped
public class CertificationStatus {

    @Inject
    ItakuClock clock;

    /** The expired certifications' display names per contractor; contractors without any are absent. */
    public Map<UUID, List<String>> expired(Collection<UUID> contractorIds) {
        Map<UUID, List<String>> result = new HashMap<>();
        if (contractorIds.isEmpty()) {
            return result;
        }
        List<Certification> expired = Certification.list(
                "contractorId in ?1 and validUntil < ?2 order by validUntil", contractorIds, clock.today());
        for (Certification c : expired) {
            result.computeIfAbsent(c.contractorId, k -> new java.util.ArrayList<>())
                    .add(c.name + "（" + c.number + "、" + JapaneseDates.wareki(c.validUntil) + "期限切れ）");
        }
        return result;
    }

    public List<String> expired(UUID contractorId) {
        return expired(List.of(contractorId)).getOrDefault(contractorId, List.of());
    }
}
