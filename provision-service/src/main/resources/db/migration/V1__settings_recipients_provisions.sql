-- per-tenant settings: the agency's type and which citation (legacy acts or the current APPI) its documents use
create table agency_setting (
    id           uuid primary key,
    tenant_id    varchar(64)  not null unique,
    agency_name  varchar(200) not null,
    agency_type  varchar(40)  not null check (agency_type in ('ADMINISTRATIVE_ORGAN', 'INCORPORATED_ADMINISTRATIVE_AGENCY')),
    citation     varchar(10)  not null check (citation in ('LEGACY', 'CURRENT')),
    updated_at   timestamptz  not null,
    updated_by   varchar(200) not null
);

create table recipient (
    id                 uuid primary key,
    tenant_id          varchar(64)  not null,
    name               varchar(200) not null,
    type               varchar(40)  not null check (type in ('PRIVATE_OR_INDIVIDUAL', 'LOCAL_GOVERNMENT',
                                                              'ADMINISTRATIVE_ORGAN', 'INCORPORATED_ADMINISTRATIVE_AGENCY')),
    representative     varchar(200),
    address            varchar(400),
    contact_department varchar(200),
    contact_name       varchar(200),
    contact_email      varchar(254),
    contact_phone      varchar(40),
    created_at         timestamptz  not null,
    created_by         varchar(200) not null,
    updated_at         timestamptz  not null,
    updated_by         varchar(200) not null
);
create index recipient_tenant_name on recipient (tenant_id, name);

-- a provision of retained personal information; its agreement items below are the working draft,
-- issued agreements are immutable rows of agreement_version
create table provision (
    id                   uuid primary key,
    tenant_id            varchar(64)   not null,
    division             varchar(100)  not null,
    title                varchar(200)  not null,
    recipient_id         uuid          not null references recipient (id),
    information_file     varchar(200)  not null,
    legal_item           varchar(10)   not null check (legal_item in ('ITEM_3', 'ITEM_4')),
    regular              boolean       not null,
    regular_reason       varchar(2000),
    measures_necessary   boolean,
    necessity_reason     varchar(2000),
    purpose_of_use       varchar(2000),
    business_legal_basis varchar(2000),
    record_scope         varchar(2000),
    record_items         varchar(2000),
    usage_media          varchar(2000),
    usage_online         varchar(2000),
    usage_frequency      varchar(200),
    period_start         date,
    period_end           date,
    safety_measures      varchar(4000),
    state                varchar(20)   not null check (state in ('DRAFT', 'AGREED', 'PROVIDING', 'ENDED')),
    current_version      int           not null default 0,
    created_at           timestamptz   not null,
    created_by           varchar(200)  not null,
    updated_at           timestamptz   not null,
    updated_by           varchar(200)  not null,
    agreed_at            timestamptz,
    agreed_by            varchar(200),
    started_at           timestamptz,
    started_by           varchar(200),
    ended_at             timestamptz,
    ended_by             varchar(200),
    end_reason           varchar(2000),
    check (period_end is null or period_start is null or period_end >= period_start)
);
create index provision_tenant_division on provision (tenant_id, division, created_at);
create index provision_recipient on provision (recipient_id);

-- an issued written agreement (書面): a frozen copy of the items, the parties and the article cited
create table agreement_version (
    id                   uuid primary key,
    tenant_id            varchar(64)   not null,
    provision_id         uuid          not null references provision (id),
    version              int           not null,
    amendment_reason     varchar(2000),
    agency_name          varchar(200)  not null,
    agency_type          varchar(40)   not null,
    citation             varchar(10)   not null,
    legal_basis          varchar(200)  not null,
    law_name             varchar(200)  not null,
    safety_measure_basis varchar(200)  not null,
    division             varchar(100)  not null,
    title                varchar(200)  not null,
    information_file     varchar(200)  not null,
    recipient_name       varchar(200)  not null,
    recipient_type       varchar(40)   not null,
    recipient_representative varchar(200),
    recipient_address    varchar(400),
    regular              boolean       not null,
    regular_reason       varchar(2000),
    measures_necessary   boolean,
    necessity_reason     varchar(2000),
    purpose_of_use       varchar(2000) not null,
    business_legal_basis varchar(2000) not null,
    record_scope         varchar(2000) not null,
    record_items         varchar(2000) not null,
    usage_media          varchar(2000) not null,
    usage_online         varchar(2000) not null,
    usage_frequency      varchar(200)  not null,
    period_start         date          not null,
    period_end           date          not null,
    safety_measures      varchar(4000) not null,
    issued_at            timestamptz   not null,
    issued_by            varchar(200)  not null,
    issued_by_name       varchar(200)  not null,
    unique (provision_id, version)
);

-- issued agreements are superseded, never edited
create function agreement_version_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'agreement_version rows are immutable';
end $$;
create trigger agreement_version_no_update before update or delete on agreement_version
    for each row execute function agreement_version_immutable();
