package jp.itaku.provision.provision;

import jp.itaku.provision.provision.model.AgreementTerms;
import jp.itaku.provision.provision.model.ProvisionState;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jp.itaku.common.problem.ItakuException;
import jp.itaku.provision.recipient.Recipient;
import jp.itaku.provision.settings.model.LegalItem;
import org.hibernate.annotations.TenantId;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * 提供: one provision of retained personal information to a recipient. The agreement items held here are the
 * working draft; what was agreed lives in the immutable {@code AgreementVersion}s.
 */
@Entity
@Table(name = "provision")
public class Provision extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    public String division;

    public String title;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "recipient_id")
    public Recipient recipient;

    @Column(name = "information_file")
    public String informationFile;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_item")
    public LegalItem legalItem;

    public boolean regular;

    @Column(name = "regular_reason")
    public String regularReason;

    /** P3: whether the P1/P2 measures are needed for an administrative organ / IAA recipient; null until judged. */
    @Column(name = "measures_necessary")
    public Boolean measuresNecessary;

    @Column(name = "necessity_reason")
    public String necessityReason;

    @Column(name = "purpose_of_use")
    public String purposeOfUse;

    @Column(name = "business_legal_basis")
    public String businessLegalBasis;

    @Column(name = "record_scope")
    public String recordScope;

    @Column(name = "record_items")
    public String recordItems;

    @Column(name = "usage_media")
    public String usageMedia;

    @Column(name = "usage_online")
    public String usageOnline;

    @Column(name = "usage_frequency")
    public String usageFrequency;

    @Column(name = "period_start")
    public LocalDate periodStart;

    @Column(name = "period_end")
    public LocalDate periodEnd;

    @Column(name = "safety_measures")
    public String safetyMeasures;

    @Enumerated(EnumType.STRING)
    public ProvisionState state;

    @Column(name = "current_version")
    public int currentVersion;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "agreed_at")
    public OffsetDateTime agreedAt;

    @Column(name = "agreed_by")
    public String agreedBy;

    @Column(name = "started_at")
    public OffsetDateTime startedAt;

    @Column(name = "started_by")
    public String startedBy;

    @Column(name = "ended_at")
    public OffsetDateTime endedAt;

    @Column(name = "ended_by")
    public String endedBy;

    @Column(name = "end_reason")
    public String endReason;

    public static Optional<Provision> findVisible(UUID id) {
        return find("id", id).firstResultOptional();
    }

    public static Provision lockVisible(UUID id) {
        return Provision.<Provision>find("id", id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> ItakuException.notFound("提供"));
    }

    /** What the written agreement states, as plain values for the rules (jp.itaku.provision.provision.model). */
    public AgreementTerms terms() {
        return new AgreementTerms(recipient.type, measuresNecessary, necessityReason, regular, regularReason,
                purposeOfUse, businessLegalBasis, recordScope, recordItems, usageMedia, usageOnline, usageFrequency,
                periodStart, periodEnd, safetyMeasures);
    }

    /** P1/P2 apply to every recipient but an administrative organ or IAA; for those (P3) only when judged necessary. */
    public boolean writtenAgreementRequired() {
        return terms().writtenAgreementRequired();
    }
}
