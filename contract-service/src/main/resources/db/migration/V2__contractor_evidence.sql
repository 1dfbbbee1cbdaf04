-- O1: evidence of a contractor's capability, and subsidiaries recorded with their parent
alter table contractor add column address varchar(500);
alter table contractor add column contacts text not null default '[]';
alter table contractor add column parent_id uuid references contractor (id);
alter table contractor add column updated_at timestamptz;
alter table contractor add column updated_by varchar(200);
create index contractor_parent on contractor (parent_id);

create table contractor_certification (
    id            uuid primary key,
    tenant_id     varchar(64)  not null,
    contractor_id uuid         not null references contractor (id),
    kind          varchar(32)  not null,
    name          varchar(200) not null,
    number        varchar(100) not null,
    issuer        varchar(200),
    valid_until   date         not null,
    created_at    timestamptz  not null,
    created_by    varchar(200) not null
);
create index contractor_certification_contractor on contractor_certification (contractor_id);

create table contractor_incident (
    id            uuid primary key,
    tenant_id     varchar(64)   not null,
    contractor_id uuid          not null references contractor (id),
    occurred_on   date          not null,
    summary       varchar(2000) not null,
    measures      varchar(2000),
    created_at    timestamptz   not null,
    created_by    varchar(200)  not null
);
create index contractor_incident_contractor on contractor_incident (contractor_id);

create table contractor_checklist_entry (
    id            uuid primary key,
    tenant_id     varchar(64)  not null,
    contractor_id uuid         not null references contractor (id),
    item          varchar(40)  not null,
    fulfilled     boolean      not null,
    note          varchar(1000),
    checked_at    timestamptz  not null,
    checked_by    varchar(200) not null,
    unique (contractor_id, item)
);
