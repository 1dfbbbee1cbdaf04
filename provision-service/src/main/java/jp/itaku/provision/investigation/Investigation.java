package jp.itaku.provision.investigation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** 実地の調査 (P2): an on-site investigation of the recipient's measures, before provision or at any time. */
@Entity
@Table(name = "investigation")
public class Investigation extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "provision_id")
    public UUID provisionId;

    @Enumerated(EnumType.STRING)
    public InvestigationTiming timing;

    @Column(name = "conducted_on")
    public LocalDate conductedOn;

    public String investigator;

    public String place;

    public String findings;

    @Enumerated(EnumType.STRING)
    public InvestigationResult result;

    @Column(name = "result_note")
    public String resultNote;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;

    @Column(name = "recorded_by")
    public String recordedBy;

    public static List<Investigation> of(UUID provisionId) {
        return list("provisionId", Sort.by("conductedOn").and("recordedAt"), provisionId);
    }
}
