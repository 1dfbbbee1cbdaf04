-- Onboarding (issue 15): who invited, changed or deactivated whom. The people themselves live in Keycloak.
create table staff_change (
    id          uuid primary key,
    tenant_id   varchar(64)  not null,
    user_id     varchar(64)  not null,
    username    varchar(320) not null,
    action      varchar(16)  not null check (action in ('INVITED', 'ROLES_CHANGED', 'DEACTIVATED', 'REACTIVATED')),
    roles       varchar(500),
    org_code    varchar(64),
    changed_by  varchar(200) not null,
    changed_at  timestamptz  not null
);
create index staff_change_tenant on staff_change (tenant_id, changed_at desc);
create index staff_change_user on staff_change (tenant_id, user_id, changed_at desc);

-- Agencies (tenants) registered by the platform operator: the registry only, no agency data.
create table agency (
    id          varchar(64)  primary key,
    name        varchar(200) not null,
    kind        varchar(40)  not null check (kind in ('ADMINISTRATIVE_ORGAN', 'INCORPORATED_ADMINISTRATIVE_AGENCY',
                                                     'LOCAL_GOVERNMENT')),
    citation    varchar(16)  not null check (citation in ('LEGACY', 'CURRENT')),
    contractor_totp boolean  not null default true,
    created_by  varchar(200) not null,
    created_at  timestamptz  not null
);
