package jp.itaku.contract.onboarding;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jp.itaku.common.time.ItakuClock;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A contractor whose engagements have all ended loses access once {@code itaku.onboarding.contractor-grace} has
 * passed since the last one ended (default 90 days: time to hand in erasure certificates and answer questions).
 * Runs daily ({@code itaku.onboarding.expiry-cron}); disables the organisation's users in Keycloak and records each
 * as 利用停止 by {@value #ACTOR}. A new engagement does not re-enable anyone by itself: staff reactivate people.
 */
@ApplicationScoped
public class ContractorAccessExpiry {

    static final String ACTOR = "system（契約終了後の利用期限）";

    private static final Logger LOG = Logger.getLogger(ContractorAccessExpiry.class);

    private final EntityManager em;
    private final ItakuClock clock;
    private final OnboardingConfig config;
    private final KeycloakDirectory directory;
    private final StaffService staff;

    ContractorAccessExpiry(EntityManager em, ItakuClock clock, OnboardingConfig config, KeycloakDirectory directory,
                           StaffService staff) {
        this.em = em;
        this.clock = clock;
        this.config = config;
        this.directory = directory;
        this.staff = staff;
    }

    /** A contractor organisation of a tenant. */
    public record Organisation(String tenant, String org) {
    }

    @Scheduled(cron = "{itaku.onboarding.expiry-cron}", timeZone = "Asia/Tokyo",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        int disabled = run();
        if (disabled > 0) {
            LOG.infof("contractor access expiry: %d user(s) disabled", disabled);
        }
    }

    /** Disables the users of every expired organisation; answers how many were disabled. */
    public int run() {
        int disabled = 0;
        for (Organisation o : expired()) {
            for (Person person : directory.list(o.tenant(), o.org())) {
                if (person.enabled()) {
                    directory.setEnabled(person.id(), false);
                    staff.record(o.tenant(), person.id(), person.username(), StaffChange.Action.DEACTIVATED,
                            person.roles(), o.org(), ACTOR);
                    disabled++;
                }
            }
        }
        return disabled;
    }

    /** Organisations with engagements, all of them ended, the last one longer ago than the grace period. */
    public List<Organisation> expired() {
        OffsetDateTime cutoff = OffsetDateTime.now(clock).minus(config.contractorGrace());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                select e.tenant_id, e.org_code from contract.engagement e
                where e.org_code is not null
                group by e.tenant_id, e.org_code
                having bool_and(e.state = 'ENDED') and max(e.updated_at) < :cutoff
                order by e.tenant_id, e.org_code
                """).setParameter("cutoff", cutoff).getResultList());
        return rows.stream().map(r -> new Organisation((String) r[0], (String) r[1])).toList();
    }
}
