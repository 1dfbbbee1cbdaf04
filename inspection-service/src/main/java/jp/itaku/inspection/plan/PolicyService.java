package jp.itaku.inspection.plan;

import jakarta.inject.Inject;
import jp.itaku.common.time.ItakuClock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jp.itaku.inspection.engagement.Sensitivity;

import java.time.OffsetDateTime;
import java.util.UUID;

@ApplicationScoped
public class PolicyService {

    @Inject
    ItakuClock clock;

    @Transactional
    public TenantPolicy replace(PolicyResource.PolicyView request, String by) {
        TenantPolicy policy = TenantPolicy.<TenantPolicy>findAll().firstResultOptional().orElseGet(() -> {
            TenantPolicy created = new TenantPolicy();
            created.id = UUID.randomUUID();
            return created;
        });
        policy.highMonths = request.highMonths();
        policy.mediumMonths = request.mediumMonths();
        policy.lowMonths = request.lowMonths();
        policy.selfReportHigh = request.selfReportHigh();
        policy.selfReportMedium = request.selfReportMedium();
        policy.selfReportLow = request.selfReportLow();
        policy.updatedAt = clock.now();
        policy.updatedBy = by;
        policy.persist();
        for (Sensitivity s : Sensitivity.values()) {
            int months = policy.months(s);
            PlanEntry.<PlanEntry>list("status = ?1 and intervalMonths <> ?2 and engagementId in "
                            + "(select e.id from Engagement e where e.sensitivity = ?3)", PlanEntry.Status.OPEN, months, s)
                    .forEach(entry -> {
                        entry.intervalMonths = months;
                        entry.dueOn = (entry.lastDoneOn != null ? entry.lastDoneOn : entry.startsOn).plusMonths(months);
                        entry.updatedAt = policy.updatedAt;
                        entry.updatedBy = by;
                    });
        }
        return policy;
    }
}
