package jp.itaku.contract.contractor;

import java.util.List;

/** GET /api/contracts/contractors/{id}: the contractor with its subsidiaries and selection evidence. */
public record ContractorDetail(ContractorView contractor, List<ParentRef> subsidiaries,
                               List<CertificationView> certifications, List<IncidentView> incidents,
                               ChecklistView checklist) {
}
