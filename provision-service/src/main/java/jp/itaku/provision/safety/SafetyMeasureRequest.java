package jp.itaku.provision.safety;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** 安全確保の措置の要求 (P2): what the agency asked the recipient to do, under which article, and the answer. */
@Entity
@Table(name = "safety_measure_request")
public class SafetyMeasureRequest extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "provision_id")
    public UUID provisionId;

    /** The agreement version in force when the request was made; null before the first is issued. */
    @Column(name = "agreement_version")
    public Integer agreementVersion;

    @Column(name = "requested_on")
    public LocalDate requestedOn;

    public String method;

    public String measures;

    @Column(name = "legal_basis")
    public String legalBasis;

    @Column(name = "recipient_response")
    public String recipientResponse;

    @Column(name = "responded_on")
    public LocalDate respondedOn;

    @Column(name = "response_recorded_at")
    public OffsetDateTime responseRecordedAt;

    @Column(name = "response_recorded_by")
    public String responseRecordedBy;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;

    @Column(name = "recorded_by")
    public String recordedBy;

    public static List<SafetyMeasureRequest> of(UUID provisionId) {
        return list("provisionId", Sort.by("requestedOn").and("recordedAt"), provisionId);
    }
}
