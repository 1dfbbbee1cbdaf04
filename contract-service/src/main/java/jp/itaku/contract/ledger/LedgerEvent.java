package jp.itaku.contract.ledger;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jp.itaku.common.tenancy.OrgScope;
import jp.itaku.contract.draft.ContractDraft;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One event on the ledger of an engagement: who did what with the information or its media, and when. Never edited. */
@Entity
@Immutable
@Table(name = "ledger_event")
@Filter(name = OrgScope.FILTER, condition = ContractDraft.ORG_CONDITION)
public class LedgerEvent extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    @Column(name = "tenant_id")
    public String tenantId;

    @Column(name = "engagement_id")
    public UUID engagementId;

    @Enumerated(EnumType.STRING)
    public LedgerEventKind kind;

    @Column(name = "occurred_on")
    public LocalDate occurredOn;

    /** Who authorised, took out, returned or erased (a person and organisation, as the ledger names them). */
    @Column(name = "actor_name")
    public String actorName;

    /** What: the copy and its purpose, or the media (kind, number, label). */
    public String description;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;

    @Column(name = "recorded_by")
    public String recordedBy;
}
