package jp.itaku.contract.contractor;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A third-party certification (Pマーク, ISMS, …) held by a contractor, with its expiry. */
@Entity
@Table(name = "contractor_certification")
public class Certification extends PanacheEntityBase {

    public enum Kind {
        PRIVACY_MARK("プライバシーマーク"),
        ISMS("ISMS（ISO/IEC 27001）"),
        ISMS_CLOUD("ISMSクラウドセキュリティ（ISO/IEC 27017）"),
        PII_CLOUD("クラウド個人情報保護（ISO/IEC 27018）"),
        OTHER("その他");

        public final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "contractor_id")
    public UUID contractorId;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    public String name;

    public String number;

    public String issuer;

    @Column(name = "valid_until")
    public LocalDate validUntil;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "created_by")
    public String createdBy;

    public boolean expiredOn(LocalDate day) {
        return validUntil.isBefore(day);
    }
}
