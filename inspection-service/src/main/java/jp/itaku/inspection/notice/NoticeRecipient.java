package jp.itaku.inspection.notice;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jp.itaku.common.mail.Delivery;
import org.hibernate.annotations.TenantId;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A person who receives Itaku's notices by e-mail, and whether at once or as a daily digest. */
@Entity
@Table(name = "notice_recipient")
public class NoticeRecipient extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    public String username;

    public String email;

    @Column(name = "org_code")
    public String orgCode;

    /** receives the reminders that name no assignee (every inspector of the agency) */
    public boolean inspector;

    /** the person's Itaku roles when they saved the settings, comma-separated (ROLE notices are matched on them) */
    public String roles = "";

    @Enumerated(EnumType.STRING)
    public Delivery delivery;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
