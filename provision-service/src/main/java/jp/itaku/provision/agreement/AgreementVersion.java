package jp.itaku.provision.agreement;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jp.itaku.provision.recipient.RecipientType;
import jp.itaku.provision.settings.model.AgencyType;
import jp.itaku.provision.settings.model.Citation;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An issued written agreement (書面): everything it states, frozen at issue. Amendments add a version; a version is
 * never edited (the table refuses updates too).
 */
@Entity
@Immutable
@Table(name = "agreement_version")
public class AgreementVersion extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "provision_id")
    public UUID provisionId;

    public int version;

    @Column(name = "amendment_reason")
    public String amendmentReason;

    @Column(name = "agency_name")
    public String agencyName;

    @Enumerated(EnumType.STRING)
    @Column(name = "agency_type")
    public AgencyType agencyType;

    @Enumerated(EnumType.STRING)
    public Citation citation;

    /** The article the provision relies on, as cited at issue. */
    @Column(name = "legal_basis")
    public String legalBasis;

    @Column(name = "law_name")
    public String lawName;

    @Column(name = "safety_measure_basis")
    public String safetyMeasureBasis;

    public String division;

    public String title;

    @Column(name = "information_file")
    public String informationFile;

    @Column(name = "recipient_name")
    public String recipientName;

    @Enumerated(EnumType.STRING)
    @Column(name = "recipient_type")
    public RecipientType recipientType;

    @Column(name = "recipient_representative")
    public String recipientRepresentative;

    @Column(name = "recipient_address")
    public String recipientAddress;

    public boolean regular;

    @Column(name = "regular_reason")
    public String regularReason;

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

    @Column(name = "issued_at")
    public OffsetDateTime issuedAt;

    @Column(name = "issued_by")
    public String issuedBy;

    @Column(name = "issued_by_name")
    public String issuedByName;

    public static List<AgreementVersion> of(UUID provisionId) {
        return list("provisionId", Sort.by("version"), provisionId);
    }

    public static Optional<AgreementVersion> find(UUID provisionId, int version) {
        return find("provisionId = ?1 and version = ?2", provisionId, version).firstResultOptional();
    }
}
