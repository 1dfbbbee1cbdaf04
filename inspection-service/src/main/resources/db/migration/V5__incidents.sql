-- 漏えい等事案 (guideline 第9; APPI 第68条, 規則第43条・第44条): a leak at any contractor in the chain, from the first
-- notice to the PPC report. Every row hangs off the chain node where it happened, so the org filter's subtree rule
-- (jp.itaku.inspection.Visibility.BY_NODE) decides which contractor users see it.
create table incident (
    id                    uuid primary key,
    tenant_id             varchar(64)  not null,
    engagement_id         uuid         not null references engagement (id),
    node_id               uuid         not null references chain_node (id),
    status                varchar(8)   not null check (status in ('OPEN', 'CLOSED')),
    title                 varchar(300) not null,
    occurred_on           date,
    discovered_on         date,
    aware_on              date         not null,
    discoverer            text,
    categories            jsonb        not null default '[]',
    my_number             boolean      not null default false,
    my_number_categories  jsonb        not null default '[]',
    high_encryption       boolean      not null default false,
    reportable            boolean      not null,
    involvement           text,
    facts                 text,
    items                 text,
    affected_count        int check (affected_count >= 0),
    over_hundred_at       timestamptz,
    cause_party           varchar(16) check (cause_party in ('AGENCY', 'CONTRACTOR', 'SUBCONTRACTOR', 'UNKNOWN')),
    cause                 text,
    secondary_damage      text,
    individual_response   text,
    publication_status    text,
    publication_decision  varchar(16) check (publication_decision in ('INDIVIDUAL', 'BATCH', 'NOT_PUBLISHED')),
    publication_reason    text,
    other_notes           text,
    quick_due             date         not null,
    final_due             date         not null,
    reported_at           timestamptz  not null,
    reported_by           varchar(200) not null,
    reporter_org          varchar(64),
    signed_off_at         timestamptz,
    signed_off_by         varchar(200),
    closed_at             timestamptz,
    closed_by             varchar(200),
    updated_at            timestamptz  not null,
    updated_by            varchar(200) not null,
    check ((status = 'CLOSED') = (closed_at is not null)),
    check (status = 'OPEN' or signed_off_at is not null),
    check (publication_decision is distinct from 'NOT_PUBLISHED' or length(trim(publication_reason)) > 0),
    check (occurred_on is null or discovered_on is null or occurred_on <= discovered_on)
);
create index incident_tenant on incident (tenant_id, status, final_due);
create index incident_node on incident (node_id);

-- what happened, when and by whom: the incident page's timeline
create table incident_event (
    id          uuid primary key,
    tenant_id   varchar(64)  not null,
    incident_id uuid         not null references incident (id),
    node_id     uuid         not null references chain_node (id),
    at          timestamptz  not null,
    actor       varchar(200) not null,
    kind        varchar(32)  not null,
    text        text         not null
);
create index incident_event_incident on incident_event (incident_id, at);

-- 受付 (protection manager), 総括へ報告 (chief), 長へ報告 (head of the organ): each acknowledged, escalated when not
create table incident_step (
    id              uuid primary key,
    tenant_id       varchar(64)  not null,
    incident_id     uuid         not null references incident (id),
    node_id         uuid         not null references chain_node (id),
    step            varchar(10)  not null check (step in ('RECEIPT', 'TO_CHIEF', 'TO_HEAD')),
    recipient_role  varchar(64)  not null,
    requested_at    timestamptz  not null,
    requested_by    varchar(200) not null,
    acknowledge_by  timestamptz  not null,
    acknowledged_at timestamptz,
    acknowledged_by varchar(200),
    note            text,
    escalated_at    timestamptz,
    unique (incident_id, step),
    check ((acknowledged_at is null) = (acknowledged_by is null))
);
create index incident_step_open on incident_step (acknowledge_by) where acknowledged_at is null and escalated_at is null;

-- notifications shown in the portal (and, once a mail facility exists, also sent by mail)
create table incident_notice (
    id             uuid primary key,
    tenant_id      varchar(64) not null,
    incident_id    uuid        not null references incident (id),
    node_id        uuid        not null references chain_node (id),
    recipient_role varchar(64) not null,
    kind           varchar(16) not null check (kind in ('NEW', 'REPORTABLE', 'OVER_HUNDRED', 'STEP', 'ESCALATED')),
    message        text        not null,
    created_at     timestamptz not null
);
create index incident_notice_tenant on incident_notice (tenant_id, recipient_role, created_at desc);

-- 速報・確報 and every 追完, kept as versions with the content as it was reported
create table incident_report (
    id          uuid primary key,
    tenant_id   varchar(64)  not null,
    incident_id uuid         not null references incident (id),
    node_id     uuid         not null references chain_node (id),
    version     int          not null check (version >= 1),
    kind        varchar(8)   not null check (kind in ('QUICK', 'FINAL')),
    content     jsonb        not null,
    created_at  timestamptz  not null,
    created_by  varchar(200) not null,
    unique (incident_id, version)
);

-- 本人への通知 (法第68条第2項): each notification with when, how and to how many
create table incident_individual_notice (
    id          uuid primary key,
    tenant_id   varchar(64)  not null,
    incident_id uuid         not null references incident (id),
    node_id     uuid         not null references chain_node (id),
    notified_at timestamptz  not null,
    method      varchar(200) not null,
    people      int          not null check (people > 0),
    note        text,
    recorded_at timestamptz  not null,
    recorded_by varchar(200) not null
);
create index incident_individual_notice_incident on incident_individual_notice (incident_id, notified_at);

-- 再発防止のための措置: done or planned; each may open an improvement request and an ad-hoc (随時) inspection
create table incident_measure (
    id                     uuid primary key,
    tenant_id              varchar(64)  not null,
    incident_id            uuid         not null references incident (id),
    node_id                uuid         not null references chain_node (id),
    description            text         not null,
    status                 varchar(8)   not null check (status in ('DONE', 'PLANNED')),
    due_on                 date,
    improvement_request_id uuid,
    plan_entry_id          uuid,
    created_at             timestamptz  not null,
    created_by             varchar(200) not null
);
create index incident_measure_incident on incident_measure (incident_id);

-- improvement requests may now come from an incident's recurrence measures instead of a check's finding
alter table improvement_request alter column check_id drop not null;
alter table improvement_request add column incident_id uuid references incident (id);
alter table improvement_request add constraint improvement_request_source check (check_id is not null or incident_id is not null);

-- an ad-hoc (随時) inspection beside the node's one rolling periodic entry; it ends once its check is completed
alter table plan_entry add column kind varchar(8) not null default 'PERIODIC' check (kind in ('PERIODIC', 'AD_HOC'));
alter table plan_entry add column incident_id uuid references incident (id);
alter table plan_entry drop constraint plan_entry_node_id_key;
create unique index plan_entry_periodic_node on plan_entry (node_id) where kind = 'PERIODIC';
create index plan_entry_node on plan_entry (node_id);

-- incident evidence in the same GridFS bucket as the rest
alter table evidence_file drop constraint evidence_file_owner_kind_check;
alter table evidence_file add constraint evidence_file_owner_kind_check
    check (owner_kind in ('CHECK', 'IMPROVEMENT', 'SELF_REPORT', 'INCIDENT'));
