-- on-site (or, with a reason, remote / document) checks of one node, their checklist and findings
create table inspection_check (
    id            uuid primary key,
    tenant_id     varchar(64)  not null,
    node_id       uuid         not null references chain_node (id),
    plan_entry_id uuid         not null references plan_entry (id),
    engagement_id uuid         not null references engagement (id),
    performed_on  date         not null,
    place         varchar(500) not null,
    attendees     text         not null,
    method        varchar(8)   not null check (method in ('ONSITE', 'REMOTE', 'DOCUMENT')),
    method_reason text,
    inspector     varchar(200) not null,
    status        varchar(10)  not null check (status in ('DRAFT', 'COMPLETED')),
    summary       text,
    created_at    timestamptz  not null,
    created_by    varchar(200) not null,
    completed_at  timestamptz,
    completed_by  varchar(200),
    check (method = 'ONSITE' or length(trim(method_reason)) > 0),
    check ((status = 'COMPLETED') = (completed_at is not null))
);
create index inspection_check_node on inspection_check (node_id, performed_on desc);
create index inspection_check_tenant on inspection_check (tenant_id, performed_on desc);

create table check_item (
    check_id  uuid        not null references inspection_check (id),
    tenant_id varchar(64) not null,
    code      varchar(32) not null,
    position  int         not null,
    result    varchar(16) check (result in ('COMPLIANT', 'FINDING', 'NOT_APPLICABLE')),
    note      text,
    deadline  date,
    primary key (check_id, code),
    check (result is distinct from 'FINDING' or (length(trim(note)) > 0 and deadline is not null))
);

-- 改善要求: a finding the contractor must remedy by the deadline; closed by the inspector on its evidence
create table improvement_request (
    id              uuid primary key,
    tenant_id       varchar(64) not null,
    node_id         uuid        not null references chain_node (id),
    check_id        uuid        not null references inspection_check (id),
    item_code       varchar(32) not null,
    description     text        not null,
    deadline        date        not null,
    status          varchar(10) not null check (status in ('OPEN', 'RESPONDED', 'CLOSED')),
    response        text,
    responded_at    timestamptz,
    responded_by    varchar(200),
    closing_comment text,
    closed_at       timestamptz,
    closed_by       varchar(200),
    created_at      timestamptz not null,
    created_by      varchar(200) not null,
    unique (check_id, item_code),
    check (status = 'OPEN' or responded_at is not null),
    check ((status = 'CLOSED') = (closed_at is not null))
);
create index improvement_request_open on improvement_request (tenant_id, status, deadline);
create index improvement_request_node on improvement_request (node_id);

-- evidence files live in GridFS (bucket "evidence"); this row is written only after the file is stored, and
-- the file is deleted again when the row cannot be written
create table evidence_file (
    id           uuid primary key,
    tenant_id    varchar(64)  not null,
    node_id      uuid         not null references chain_node (id),
    owner_kind   varchar(16)  not null check (owner_kind in ('CHECK', 'IMPROVEMENT', 'SELF_REPORT')),
    owner_id     uuid         not null,
    file_name    varchar(255) not null,
    content_type varchar(100) not null,
    size_bytes   bigint       not null check (size_bytes > 0),
    sha256       char(64)     not null,
    gridfs_id    varchar(24)  not null unique,
    uploaded_at  timestamptz  not null,
    uploaded_by  varchar(200) not null,
    contractor   boolean      not null
);
create index evidence_file_owner on evidence_file (owner_kind, owner_id);
