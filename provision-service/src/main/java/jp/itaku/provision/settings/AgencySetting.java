package jp.itaku.provision.settings;

import jp.itaku.provision.settings.model.LegalItem;
import jp.itaku.provision.settings.model.AgencyType;
import jp.itaku.provision.settings.model.Citation;
import jp.itaku.provision.settings.model.LegalBasis;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** The agency's own settings: its name and type, and the citation its documents use. One row per tenant. */
@Entity
@Table(name = "agency_setting")
public class AgencySetting extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "agency_name")
    public String agencyName;

    @Enumerated(EnumType.STRING)
    @Column(name = "agency_type")
    public AgencyType agencyType;

    @Enumerated(EnumType.STRING)
    public Citation citation;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    public static Optional<AgencySetting> current() {
        return findAll().firstResultOptional();
    }

    public LegalBasis basisFor(LegalItem item) {
        return LegalBasis.of(agencyType, citation, item);
    }
}
