package jp.itaku.inspection.plan;

import jakarta.inject.Inject;
import jp.itaku.common.time.ItakuClock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jp.itaku.api.Sensitivity;
import jp.itaku.inspection.plan.model.InspectionPolicy;

import java.time.OffsetDateTime;
import java.util.UUID;

@ApplicationScoped
public class PolicyService {

    @Inject
    ItakuClock clock;

    @Transactional
    public TenantPolicy replace(PolicyView request, String by) {
        TenantPolicy policy = TenantPolicy.<TenantPolicy>findAll().firstResultOptional().orElseGet(() -> {
            TenantPolicy created = new TenantPolicy();
            created.id = UUID.randomUUID();
            return created;
        });
        InspectionPolicy rules = request.policy();
        policy.set(rules);
        policy.updatedAt = clock.now();
        policy.updatedBy = by;
        policy.persist();
        for (Sensitivity s : Sensitivity.values()) {
            int months = rules.months(s);
            PlanEntry.<PlanEntry>list("status = ?1 and intervalMonths <> ?2 and engagementId in "
                            + "(select e.id from Engagement e where e.sensitivity = ?3)", PlanEntry.Status.OPEN, months, s)
                    .forEach(entry -> {
                        entry.intervalMonths = months;
                        entry.dueOn = rules.dueOn(s, entry.startsOn, entry.lastDoneOn);
                        entry.updatedAt = policy.updatedAt;
                        entry.updatedBy = by;
                    });
        }
        return policy;
    }
}
