-- 委託案件 and everything hanging off it: drafts, written confirmations, approvals, erasure certificates, outbox
create table engagement (
    id                uuid primary key,
    tenant_id         varchar(64)   not null,
    title             varchar(300)  not null,
    division          varchar(200)  not null,
    kind              varchar(16)   not null,
    contractor_id     uuid          not null references contractor (id),
    org_code          varchar(64),
    sensitivity       varchar(8)    not null,
    period_start      date          not null,
    period_end        date          not null,
    info_categories   text          not null default '[]',
    record_count      integer       not null,
    state             varchar(16)   not null,
    version           bigint        not null default 0,
    created_at        timestamptz   not null,
    created_by        varchar(200)  not null,
    updated_at        timestamptz   not null,
    updated_by        varchar(200)  not null,
    check (period_end >= period_start),
    check (record_count >= 0)
);
create index engagement_tenant_created on engagement (tenant_id, created_at desc, id);
create index engagement_tenant_org on engagement (tenant_id, org_code);
create index engagement_contractor on engagement (contractor_id);

create table engagement_location (
    id             uuid primary key,
    tenant_id      varchar(64)  not null,
    engagement_id  uuid         not null references engagement (id) on delete cascade,
    position       integer      not null,
    purpose        varchar(16)  not null,
    place_type     varchar(32)  not null,
    description    varchar(500) not null,
    country        char(2)      not null,
    needs_review   boolean      not null
);
create index engagement_location_engagement on engagement_location (engagement_id);

create table engagement_transition (
    id             uuid primary key,
    tenant_id      varchar(64)   not null,
    engagement_id  uuid          not null references engagement (id),
    from_state     varchar(16),
    to_state       varchar(16)   not null,
    note           varchar(2000),
    at             timestamptz   not null,
    by_user        varchar(200)  not null
);
create index engagement_transition_engagement on engagement_transition (engagement_id, at);

create table contract_draft (
    id                 uuid primary key,
    tenant_id          varchar(64)  not null,
    engagement_id      uuid         not null references engagement (id),
    version            integer      not null,
    file_name          varchar(255) not null,
    content_type       varchar(100) not null,
    size_bytes         bigint       not null,
    sha256             char(64)     not null,
    file_id            varchar(64)  not null,
    report_kind        varchar(16)  not null,
    report             text         not null,
    satisfied_count    integer      not null,
    missing_count      integer      not null,
    contradicted_count integer      not null,
    uploaded_at        timestamptz  not null,
    uploaded_by        varchar(200) not null,
    unique (engagement_id, version),
    unique (engagement_id, sha256)
);

create table written_confirmation (
    id                        uuid primary key,
    tenant_id                 varchar(64)   not null,
    engagement_id             uuid          not null unique references engagement (id),
    responsible_name          varchar(200)  not null,
    responsible_title         varchar(200)  not null,
    responsible_contact       varchar(300),
    workers                   text          not null,
    management_structure      varchar(4000) not null,
    implementation_structure  varchar(4000) not null,
    inspection_arrangements   varchar(4000) not null,
    attachment_file_id        varchar(64),
    attachment_name           varchar(255),
    attachment_sha256         char(64),
    attachment_uploaded_at    timestamptz,
    attachment_uploaded_by    varchar(200),
    updated_at                timestamptz   not null,
    updated_by                varchar(200)  not null
);

create table approval (
    id               uuid primary key,
    tenant_id        varchar(64)   not null,
    engagement_id    uuid          not null unique references engagement (id),
    draft_id         uuid          not null references contract_draft (id),
    draft_version    integer       not null,
    comment          varchar(2000),
    approved_at      timestamptz   not null,
    approved_by      varchar(200)  not null,
    approved_by_name varchar(200)  not null
);

create table approval_exception (
    id           uuid primary key,
    tenant_id    varchar(64)   not null,
    approval_id  uuid          not null references approval (id),
    element_id   varchar(8)    not null,
    status       varchar(16)   not null,
    reason       varchar(2000) not null,
    unique (approval_id, element_id)
);

-- approvals are never edited, only recorded: refuse it in the database too
create function refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'approvals are immutable';
end $$;
create trigger approval_immutable before update or delete on approval
    for each row execute function refuse_change();
create trigger approval_exception_immutable before update or delete on approval_exception
    for each row execute function refuse_change();

create table erasure_certificate (
    id             uuid primary key,
    tenant_id      varchar(64)   not null,
    engagement_id  uuid          not null references engagement (id),
    file_name      varchar(255)  not null,
    content_type   varchar(100)  not null,
    size_bytes     bigint        not null,
    sha256         char(64)      not null,
    file_id        varchar(64)   not null,
    erased_on      date          not null,
    method         varchar(1000) not null,
    media_returned boolean       not null,
    uploaded_at    timestamptz   not null,
    uploaded_by    varchar(200)  not null,
    unique (engagement_id, sha256)
);

-- events for other services, written in the same transaction as the change they announce
create table outbox_event (
    id              uuid primary key,
    tenant_id       varchar(64)   not null,
    type            varchar(40)   not null,
    aggregate_id    uuid          not null,
    payload         text          not null,
    created_at      timestamptz   not null,
    attempts        integer       not null default 0,
    next_attempt_at timestamptz   not null,
    last_error      varchar(1000),
    delivered_at    timestamptz,
    unique (aggregate_id, type)
);
create index outbox_event_due on outbox_event (next_attempt_at) where delivered_at is null;
