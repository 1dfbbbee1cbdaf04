package jp.itaku.contract.engagement;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

import java.util.UUID;

/** Where an engagement's personal information is handled or stored; cloud and foreign places need review. */
@Entity
@Table(name = "engagement_location")
public class HandlingLocation extends PanacheEntityBase {

    public enum Purpose {
        HANDLING("取扱い"),
        STORAGE("保管");

        public final String label;

        Purpose(String label) {
            this.label = label;
        }
    }

    public enum PlaceType {
        AGENCY_PREMISES("委託元の庁舎等"),
        CONTRACTOR_PREMISES("委託先の事業所"),
        DATA_CENTER("データセンター"),
        CLOUD("クラウドサービス"),
        OTHER("その他");

        public final String label;

        PlaceType(String label) {
            this.label = label;
        }
    }

    public static final String DOMESTIC = "JP";

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "engagement_id")
    public UUID engagementId;

    public int position;

    @Enumerated(EnumType.STRING)
    public Purpose purpose;

    @Enumerated(EnumType.STRING)
    @Column(name = "place_type")
    public PlaceType placeType;

    public String description;

    /** ISO 3166-1 alpha-2. */
    public String country;

    @Column(name = "needs_review")
    public boolean needsReview;

    /** Cloud services and places outside Japan need the protection manager's review (foreign law, access). */
    public static boolean needsReview(PlaceType type, String country) {
        return type == PlaceType.CLOUD || !DOMESTIC.equals(country);
    }
}
