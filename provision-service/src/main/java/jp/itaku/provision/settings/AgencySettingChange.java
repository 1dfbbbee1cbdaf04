package jp.itaku.provision.settings;

import jp.itaku.provision.settings.model.AgencyType;
import jp.itaku.provision.settings.model.Citation;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One saved state of the agency's settings: who chose which citation, and when. */
@Entity
@Immutable
@Table(name = "agency_setting_change")
public class AgencySettingChange extends PanacheEntityBase {

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

    @Column(name = "changed_at")
    public OffsetDateTime changedAt;

    @Column(name = "changed_by")
    public String changedBy;

    static AgencySettingChange of(AgencySetting setting) {
        AgencySettingChange change = new AgencySettingChange();
        change.id = UUID.randomUUID();
        change.agencyName = setting.agencyName;
        change.agencyType = setting.agencyType;
        change.citation = setting.citation;
        change.changedAt = setting.updatedAt;
        change.changedBy = setting.updatedBy;
        return change;
    }
}
