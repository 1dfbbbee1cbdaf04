package jp.itaku.contract.contractor;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jp.itaku.common.tenancy.OrgScope;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.FilterDef;
import org.hibernate.annotations.ParamDef;
import org.hibernate.annotations.TenantId;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** 委託先: a contractor an agency hands personal information to. */
@Entity
@Table(name = "contractor")
@FilterDef(name = OrgScope.FILTER, autoEnabled = true, applyToLoadByKey = true,
        parameters = @ParamDef(name = OrgScope.PARAM, type = String.class, resolver = OrgScope.class))
@Filter(name = OrgScope.FILTER, condition = OrgScope.CONDITION)
public class Contractor extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    public String name;

    @Column(name = "corporate_number")
    public String corporateNumber;

    public String address;

    /** JSON list of {@link Contact}. */
    public String contacts;

    /** The parent company when this contractor is a subsidiary (work given to it is 再委託 too). */
    @Column(name = "parent_id")
    public UUID parentId;

    /** The contractor organisation its portal users belong to (their token's {@code org} claim). */
    @Column(name = "org_code")
    public String orgCode;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    public static Optional<Contractor> findVisible(UUID id) {
        return find("id", id).firstResultOptional();
    }
}
