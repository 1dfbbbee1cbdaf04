package jp.itaku.contract.contractor;

import java.util.List;
import java.util.UUID;

/** A contractor as other views (engagements, exports, reports) show it, with its certification warning. */
public record ContractorSummary(UUID id, String name, String corporateNumber, String orgCode,
                                boolean certificationExpired, List<String> expiredCertifications) {

    public static ContractorSummary of(Contractor c, List<String> expired) {
        return new ContractorSummary(c.id, c.name, c.corporateNumber, c.orgCode, !expired.isEmpty(), expired);
    }

    /** The Japanese warning line shown next to the contractor's name, or empty. */
    public String warning() {
        return certificationExpired ? "【注意】有効期限切れの認証があります: " + String.join("、", expiredCertifications) : "";
    }
}
