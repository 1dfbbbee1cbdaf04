package jp.itaku.inspection.incident;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jp.itaku.common.tenancy.OrgScope;
import jp.itaku.inspection.Visibility;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * 漏えい等事案: one leak, loss or damage (or the risk of one) at a node of an engagement's chain, with the items of the
 * PPC report (規則第44条 / 別記様式) as they become known. Visible to contractor users of the node's organisation and of
 * every organisation above it in the chain (the org filter's subtree rule).
 */
@Entity
@Table(name = "incident")
@Filter(name = OrgScope.FILTER, condition = Visibility.BY_NODE)
public class Incident extends PanacheEntityBase {

    public enum Status { OPEN, CLOSED }

    /** 原因: who caused it. */
    public enum CauseParty {
        AGENCY("委託元（当機関）"), CONTRACTOR("委託先"), SUBCONTRACTOR("再委託先"), UNKNOWN("調査中");

        public final String label;

        CauseParty(String label) {
            this.label = label;
        }
    }

    /** 公表: individually announced, announced together with others, or not announced (with the reason). */
    public enum Publication {
        INDIVIDUAL("個別に公表"), BATCH("一括して公表"), NOT_PUBLISHED("公表しない");

        public final String label;

        Publication(String label) {
            this.label = label;
        }
    }

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "engagement_id")
    public UUID engagementId;

    @Column(name = "node_id")
    public UUID nodeId;

    @Enumerated(EnumType.STRING)
    public Status status;

    public String title;

    @Column(name = "occurred_on")
    public LocalDate occurredOn;

    @Column(name = "discovered_on")
    public LocalDate discoveredOn;

    /** The day the agency became aware: day 1 of the PPC clocks. */
    @Column(name = "aware_on")
    public LocalDate awareOn;

    public String discoverer;

    /** Codes of {@link ReportableCategory} as a JSON array (kept as text so that no JSON mapper is involved). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "categories")
    String categoriesJson = "[]";

    @Column(name = "my_number")
    public boolean myNumber;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "my_number_categories")
    String myNumberCategoriesJson = "[]";

    @Column(name = "high_encryption")
    public boolean highEncryption;

    public boolean reportable;

    public String involvement;
    public String facts;
    public String items;

    @Column(name = "affected_count")
    public Integer affectedCount;

    @Column(name = "over_hundred_at")
    public OffsetDateTime overHundredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "cause_party")
    public CauseParty causeParty;

    public String cause;

    @Column(name = "secondary_damage")
    public String secondaryDamage;

    @Column(name = "individual_response")
    public String individualResponse;

    @Column(name = "publication_status")
    public String publicationStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "publication_decision")
    public Publication publicationDecision;

    @Column(name = "publication_reason")
    public String publicationReason;

    @Column(name = "other_notes")
    public String otherNotes;

    @Column(name = "quick_due")
    public LocalDate quickDue;

    @Column(name = "final_due")
    public LocalDate finalDue;

    @Column(name = "reported_at")
    public OffsetDateTime reportedAt;

    @Column(name = "reported_by")
    public String reportedBy;

    @Column(name = "reporter_org")
    public String reporterOrg;

    @Column(name = "signed_off_at")
    public OffsetDateTime signedOffAt;

    @Column(name = "signed_off_by")
    public String signedOffBy;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    @Column(name = "closed_by")
    public String closedBy;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    public static Optional<Incident> findVisible(UUID id) {
        return find("id", id).firstResultOptional();
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    public List<String> categories() {
        return read(categoriesJson);
    }

    public void categories(List<String> codes) {
        categoriesJson = write(codes);
    }

    public List<String> myNumberCategories() {
        return read(myNumberCategoriesJson);
    }

    public void myNumberCategories(List<String> codes) {
        myNumberCategoriesJson = write(codes);
    }

    private static List<String> read(String json) {
        try {
            return json == null ? List.of() : List.of(JSON.readValue(json, String[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String write(List<String> codes) {
        try {
            return JSON.writeValueAsString(codes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<ReportableCategory> reportableCategories() {
        return categories().stream().map(c -> ReportableCategory.parse(c).orElseThrow()).toList();
    }

    public List<MyNumberCategory> myNumberCategoryList() {
        return myNumberCategories().stream().map(c -> MyNumberCategory.parse(c).orElseThrow()).toList();
    }

    public boolean unlawfulPurpose() {
        return categories().contains(ReportableCategory.UNLAWFUL_PURPOSE.name())
                || myNumberCategories().contains(MyNumberCategory.UNLAWFUL_PURPOSE.name());
    }

    /**
     * Reportable to the PPC: any of ①–⑤ unless the data was protected by 高度な暗号化 (規則第43条柱書), a count over 100, or
     * any My Number incident (a 行政機関等 reports even non-serious ones under the PPC's guideline).
     */
    public boolean computeReportable() {
        boolean regular = !categories().isEmpty() || (affectedCount != null && affectedCount > 100);
        return (regular && !highEncryption) || myNumber;
    }
}
