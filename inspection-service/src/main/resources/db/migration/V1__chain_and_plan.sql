-- engagements as contract-service announced them (its outbox); the id is contract-service's engagement id
create table engagement (
    id              uuid primary key,
    tenant_id       varchar(64)  not null,
    title           varchar(300) not null,
    division        varchar(200),
    contractor_id   uuid         not null,
    contractor_name varchar(200) not null,
    org_code        varchar(64),
    sensitivity     varchar(8)   not null check (sensitivity in ('HIGH', 'MEDIUM', 'LOW')),
    period_start    date         not null,
    period_end      date         not null,
    approved_at     timestamptz  not null,
    approved_by     varchar(200) not null,
    status          varchar(8)   not null check (status in ('ACTIVE', 'ENDED')),
    ended_at        timestamptz,
    check (period_end >= period_start),
    check ((status = 'ENDED') = (ended_at is not null))
);
create index engagement_tenant on engagement (tenant_id, approved_at);
create index engagement_org on engagement (org_code);

-- every delivered event once: a second delivery of the same id changes nothing
create table received_event (
    event_id      uuid primary key,
    tenant_id     varchar(64) not null,
    type          varchar(32) not null,
    engagement_id uuid        not null,
    received_at   timestamptz not null
);

-- the subcontract chain: depth 1 is the contractor, each deeper node has exactly one parent of the same
-- engagement; parent, depth and path never change after insert, so a node cannot become its own ancestor
create table chain_node (
    id                  uuid primary key,
    tenant_id           varchar(64)  not null,
    engagement_id       uuid         not null references engagement (id),
    parent_id           uuid,
    depth               int          not null check (depth >= 1),
    path                text         not null,
    name                varchar(200) not null,
    corporate_number    char(13),
    org_code            varchar(64),
    subject_key         text generated always as
                            (coalesce('org:' || org_code, 'cn:' || corporate_number, 'name:' || name)) stored,
    subsidiary          boolean      not null default false,
    work_part           text,
    personal_info       text,
    location            text,
    subcontract_file    varchar(255),
    subcontract_text    text,
    verification        jsonb,
    status              varchar(8)   not null check (status in ('PENDING', 'ACTIVE', 'REFUSED', 'REMOVED')),
    requested_at        timestamptz  not null,
    requested_by        varchar(200) not null,
    decided_at          timestamptz,
    decided_by          varchar(200),
    decision_comment    text,
    removed_at          timestamptz,
    removed_by          varchar(200),
    removal_reason      text,
    unique (id, engagement_id),
    foreign key (parent_id, engagement_id) references chain_node (id, engagement_id),
    check ((parent_id is null) = (depth = 1)),
    check (status = 'PENDING' or decided_at is not null),
    check (status <> 'REMOVED' or removed_at is not null)
);
create index chain_node_engagement on chain_node (engagement_id, path);
create index chain_node_org on chain_node (org_code) where org_code is not null;
create index chain_node_path on chain_node (path text_pattern_ops);
-- one organisation appears once per engagement while pending or active: no cycles, no second parent
create unique index chain_node_subject on chain_node (engagement_id, subject_key)
    where status in ('PENDING', 'ACTIVE');

create function chain_node_insert() returns trigger language plpgsql set search_path from current as $$
declare
    parent chain_node%rowtype;
begin
    if new.parent_id is null then
        if new.depth <> 1 or new.path <> new.id::text || '/' then
            raise exception 'chain_node: root must have depth 1 and path id/';
        end if;
        return new;
    end if;
    select * into parent from chain_node where id = new.parent_id;
    if parent.status <> 'ACTIVE' then
        raise exception 'chain_node: parent % is not active', new.parent_id;
    end if;
    if parent.tenant_id <> new.tenant_id or new.depth <> parent.depth + 1
            or new.path <> parent.path || new.id::text || '/' then
        raise exception 'chain_node: depth/path/tenant do not follow the parent';
    end if;
    return new;
end $$;
create trigger chain_node_insert before insert on chain_node
    for each row execute function chain_node_insert();

create function chain_node_fixed() returns trigger language plpgsql set search_path from current as $$
begin
    if new.parent_id is distinct from old.parent_id or new.path <> old.path or new.depth <> old.depth
            or new.engagement_id <> old.engagement_id or new.tenant_id <> old.tenant_id then
        raise exception 'chain_node: parent, path, depth, engagement and tenant never change';
    end if;
    return new;
end $$;
create trigger chain_node_fixed before update on chain_node
    for each row execute function chain_node_fixed();

-- per tenant: months between inspections per sensitivity (never more than 12) and where an accepted
-- self-report may stand in for an inspection
create table tenant_policy (
    id                   uuid primary key,
    tenant_id            varchar(64) not null unique,
    high_months          int not null check (high_months between 1 and 12),
    medium_months        int not null check (medium_months between 1 and 12),
    low_months           int not null check (low_months between 1 and 12),
    self_report_high     boolean not null,
    self_report_medium   boolean not null,
    self_report_low      boolean not null,
    updated_at           timestamptz not null,
    updated_by           varchar(200) not null
);

-- one rolling entry per active node: due_on moves on each time an inspection (or an accepted self-report,
-- where the policy allows it) is recorded
create table plan_entry (
    id              uuid primary key,
    tenant_id       varchar(64) not null,
    node_id         uuid        not null unique references chain_node (id),
    engagement_id   uuid        not null references engagement (id),
    interval_months int         not null check (interval_months between 1 and 12),
    starts_on       date        not null,
    last_done_on    date,
    last_done_kind  varchar(16) check (last_done_kind in ('CHECK', 'SELF_REPORT')),
    due_on          date        not null,
    inspected_by    varchar(8)  not null check (inspected_by in ('AGENCY', 'PARENT')),
    method          varchar(8)  not null check (method in ('ONSITE', 'REMOTE', 'DOCUMENT')),
    method_reason   text,
    assignee        varchar(200),
    status          varchar(8)  not null check (status in ('OPEN', 'ENDED')),
    ended_at        timestamptz,
    ended_reason    text,
    updated_at      timestamptz not null,
    updated_by      varchar(200) not null,
    check (method = 'ONSITE' or length(trim(method_reason)) > 0),
    check ((status = 'ENDED') = (ended_at is not null)),
    check ((last_done_on is null) = (last_done_kind is null))
);
create index plan_entry_due on plan_entry (tenant_id, status, due_on) include (last_done_on);
create index plan_entry_assignee on plan_entry (tenant_id, assignee, due_on) where status = 'OPEN';
create index plan_entry_engagement on plan_entry (engagement_id);

-- reminders (30/7/1 days before and overdue) recorded once per entry, kind and due date
create table notification (
    id            uuid primary key,
    tenant_id     varchar(64) not null,
    plan_entry_id uuid        not null references plan_entry (id),
    node_id       uuid        not null references chain_node (id),
    kind          varchar(8)  not null check (kind in ('DUE_30', 'DUE_7', 'DUE_1', 'OVERDUE')),
    due_on        date        not null,
    recipient     varchar(200),
    message       text        not null,
    created_at    timestamptz not null,
    unique (plan_entry_id, kind, due_on)
);
create index notification_tenant on notification (tenant_id, created_at desc);
