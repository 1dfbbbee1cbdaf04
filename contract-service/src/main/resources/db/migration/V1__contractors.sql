create table contractor (
    id               uuid primary key,
    tenant_id        varchar(64)  not null,
    name             varchar(200) not null,
    corporate_number char(13),
    org_code         varchar(64),
    created_at       timestamptz  not null,
    created_by       varchar(200) not null
);
create index contractor_tenant_name on contractor (tenant_id, name);
create unique index contractor_tenant_corporate_number on contractor (tenant_id, corporate_number);
