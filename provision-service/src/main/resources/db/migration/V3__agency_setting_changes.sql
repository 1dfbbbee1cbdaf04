-- every change of the agency's settings, since they decide which article every later document cites
create table agency_setting_change (
    id          uuid primary key,
    tenant_id   varchar(64)  not null,
    agency_name varchar(200) not null,
    agency_type varchar(40)  not null,
    citation    varchar(10)  not null,
    changed_at  timestamptz  not null,
    changed_by  varchar(200) not null
);
create index agency_setting_change_tenant on agency_setting_change (tenant_id, changed_at);
insert into agency_setting_change (id, tenant_id, agency_name, agency_type, citation, changed_at, changed_by)
select id, tenant_id, agency_name, agency_type, citation, updated_at, updated_by from agency_setting;
