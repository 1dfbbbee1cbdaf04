package jp.itaku.inspection.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jp.itaku.common.tenancy.TenantContext;
import jp.itaku.common.time.ItakuClock;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Records a notice for mail other than the plan's reminders ({@code notice_message}, mailed by
 * {@link NoticeDelivery}): in the caller's transaction, so it is written exactly when the change that causes it
 * commits, and never twice for the same kind, subject, day and audience.
 */
@ApplicationScoped
public class NoticeMessages {

    /** What a notice is about; the subject line's wording lives with the writer. */
    public enum Kind {
        IMPROVEMENT_DUE_7, IMPROVEMENT_DUE_1, IMPROVEMENT_OVERDUE,
        SELF_REPORT_REQUESTED, SELF_REPORT_RETURNED,
        INCIDENT
    }

    /** Who receives it (see V9__notice_messages.sql). */
    public enum Audience { USER, ORG, ROLE }

    @Inject
    EntityManager em;

    @Inject
    ItakuClock clock;

    /** Records a notice for the current tenant (as the entities are: the caller's, or the job's); answers whether it was new. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean post(Kind kind, UUID subjectId, LocalDate dueOn, Audience audience, String who,
                        String subject, String body, String link) {
        return em.createNativeQuery("insert into inspection.notice_message (id, tenant_id, kind, subject_id, due_on, "
                        + "audience_kind, audience, subject, body, link, created_at) values (:id, :tenant, :kind, :subject, "
                        + ":due, :audienceKind, :audience, :subjectLine, :body, :link, :now) "
                        + "on conflict (kind, subject_id, due_on, audience_kind, audience) do nothing")
                .setParameter("id", UUID.randomUUID()).setParameter("tenant", tenant()).setParameter("kind", kind.name())
                .setParameter("subject", subjectId).setParameter("due", dueOn)
                .setParameter("audienceKind", audience.name()).setParameter("audience", who)
                .setParameter("subjectLine", subject).setParameter("body", body).setParameter("link", link)
                .setParameter("now", clock.now())
                .executeUpdate() == 1;
    }

    private static String tenant() {
        String tenant = TenantContext.currentTenant();
        if (TenantContext.NO_TENANT.equals(tenant)) {
            throw new IllegalStateException("a notice needs a tenant");
        }
        return tenant;
    }
}
