-- self-check questionnaires, versioned per tenant: a new version supersedes, none is ever edited
create table questionnaire (
    id         uuid primary key,
    tenant_id  varchar(64)  not null,
    version    int          not null check (version >= 1),
    title      varchar(300) not null,
    questions  jsonb        not null,
    created_at timestamptz  not null,
    created_by varchar(200) not null,
    unique (tenant_id, version)
);

-- the state of a contractor's self-report; its answers live in MongoDB (collection self_reports, same id)
create table self_report (
    id               uuid primary key,
    tenant_id        varchar(64)  not null,
    node_id          uuid         not null references chain_node (id),
    engagement_id    uuid         not null references engagement (id),
    questionnaire_id uuid         not null references questionnaire (id),
    status           varchar(10)  not null check (status in ('DRAFT', 'SUBMITTED', 'ACCEPTED', 'RETURNED')),
    created_at       timestamptz  not null,
    created_by       varchar(200) not null,
    submitted_at     timestamptz,
    submitted_by     varchar(200),
    reviewed_at      timestamptz,
    reviewed_by      varchar(200),
    review_comment   text,
    satisfies_plan   boolean,
    check (status = 'DRAFT' or submitted_at is not null),
    check (status not in ('ACCEPTED', 'RETURNED') or reviewed_at is not null),
    check (status <> 'RETURNED' or length(trim(review_comment)) > 0)
);
create unique index self_report_open on self_report (node_id) where status in ('DRAFT', 'SUBMITTED');
create index self_report_tenant on self_report (tenant_id, status, submitted_at);
