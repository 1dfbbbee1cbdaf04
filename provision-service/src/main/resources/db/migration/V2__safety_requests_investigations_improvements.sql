-- P2: the request for safety measures made to the recipient, with the article it was made under
create table safety_measure_request (
    id                 uuid primary key,
    tenant_id          varchar(64)   not null,
    provision_id       uuid          not null references provision (id),
    agreement_version  int,
    requested_on       date          not null,
    method             varchar(200)  not null,
    measures           varchar(4000) not null,
    legal_basis        varchar(200)  not null,
    recipient_response varchar(2000),
    responded_on       date,
    response_recorded_at timestamptz,
    response_recorded_by varchar(200),
    recorded_at        timestamptz   not null,
    recorded_by        varchar(200)  not null,
    check (responded_on is null or responded_on >= requested_on)
);
create index safety_measure_request_provision on safety_measure_request (provision_id, requested_on);

-- P2: on-site investigations before provision or at any time, with their results
create table investigation (
    id           uuid primary key,
    tenant_id    varchar(64)   not null,
    provision_id uuid          not null references provision (id),
    timing       varchar(20)   not null check (timing in ('BEFORE_PROVISION', 'AT_ANY_TIME')),
    conducted_on date          not null,
    investigator varchar(200)  not null,
    place        varchar(400),
    findings     varchar(4000) not null,
    result       varchar(30)   not null check (result in ('SATISFACTORY', 'IMPROVEMENT_REQUIRED')),
    result_note  varchar(2000),
    recorded_at  timestamptz   not null,
    recorded_by  varchar(200)  not null
);
create index investigation_provision on investigation (provision_id, conducted_on);

-- P2: improvement requests, tracked to closure; a closed request always carries its result
create table improvement_request (
    id               uuid primary key,
    tenant_id        varchar(64)   not null,
    provision_id     uuid          not null references provision (id),
    investigation_id uuid references investigation (id),
    requested_on     date          not null,
    content          varchar(4000) not null,
    deadline         date          not null,
    state            varchar(10)   not null check (state in ('OPEN', 'CLOSED')),
    result           varchar(4000),
    completed_on     date,
    requested_by     varchar(200)  not null,
    recorded_at      timestamptz   not null,
    closed_at        timestamptz,
    closed_by        varchar(200),
    check (deadline >= requested_on),
    check (state = 'OPEN' or (result is not null and btrim(result) <> '' and completed_on is not null
                              and closed_at is not null and closed_by is not null))
);
create index improvement_request_tenant_state on improvement_request (tenant_id, state, deadline);
create index improvement_request_provision on improvement_request (provision_id);
