package jp.itaku.contract.onboarding;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One change to a person's access: invited, roles changed, deactivated, reactivated — who, when (never updated). */
@Entity
@Table(name = "staff_change")
public class StaffChange extends PanacheEntityBase {

    public enum Action {
        INVITED("招待"), ROLES_CHANGED("ロール変更"), DEACTIVATED("利用停止"), REACTIVATED("利用再開");

        public final String label;

        Action(String label) {
            this.label = label;
        }
    }

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "user_id")
    public String userId;

    public String username;

    @Enumerated(EnumType.STRING)
    public Action action;

    /** the roles after the change, comma-separated */
    public String roles;

    @Column(name = "org_code")
    public String orgCode;

    @Column(name = "changed_by")
    public String changedBy;

    @Column(name = "changed_at")
    public OffsetDateTime changedAt;
}
