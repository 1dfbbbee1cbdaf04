package jp.itaku.inspection.selfreport;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** One version of a tenant's annual self-check questionnaire (questions as JSON, see {@link Question}). */
@Entity
@Table(name = "questionnaire")
public class Questionnaire extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    public int version;
    public String title;

    @JdbcTypeCode(SqlTypes.JSON)
    public String questions;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "created_by")
    public String createdBy;

    public static Optional<Questionnaire> latest() {
        return find("order by version desc").firstResultOptional();
    }
}
