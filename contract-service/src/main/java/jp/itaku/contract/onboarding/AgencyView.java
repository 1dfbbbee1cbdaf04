package jp.itaku.contract.onboarding;

import java.time.OffsetDateTime;

/** An agency (tenant) as /api/contracts/agencies answers it, with its 総括保護管理者. */
public record AgencyView(String id, String name, Agency.Kind kind, String kindLabel, Agency.Citation citation,
                         boolean contractorTotp, String createdBy, OffsetDateTime createdAt,
                         PersonView chief) {
    static AgencyView of(Agency a, Person chief) {
        return new AgencyView(a.id, a.name, a.kind, a.kind.label, a.citation, a.contractorTotp, a.createdBy,
                a.createdAt, chief == null ? null : PersonView.of(chief));
    }
}
