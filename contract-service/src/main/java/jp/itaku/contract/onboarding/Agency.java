package jp.itaku.contract.onboarding;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * An agency (tenant) as the platform operator registered it: id, name, type, citation setting, and whether its
 * contractors' users must use TOTP. Platform-level, so not tenant-owned; it holds no agency data.
 */
@Entity
@Table(name = "agency")
public class Agency extends PanacheEntityBase {

    /** Agency types of the guideline, with the names people read. */
    public enum Kind {
        ADMINISTRATIVE_ORGAN("行政機関"),
        INCORPORATED_ADMINISTRATIVE_AGENCY("独立行政法人等"),
        LOCAL_GOVERNMENT("地方公共団体");

        public final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    /** Which law the agency's documents cite (provision-service's settings use the same values). */
    public enum Citation {
        LEGACY, CURRENT
    }

    @Id
    public String id;

    public String name;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    @Enumerated(EnumType.STRING)
    public Citation citation;

    @Column(name = "contractor_totp")
    public boolean contractorTotp;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    public static Optional<Agency> byId(String id) {
        return find("id", id).firstResultOptional();
    }
}
