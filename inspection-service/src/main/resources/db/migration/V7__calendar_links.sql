-- Secret calendar URLs (issue 15): a calendar app subscribes to an inspector's plan without a bearer token.
-- Only the SHA-256 of the secret is stored; the URL is shown once. At most one live link per person.
create table calendar_link (
    id          uuid primary key,
    tenant_id   varchar(64)  not null,
    username    varchar(200) not null,
    secret_hash char(64)     not null unique,
    created_at  timestamptz  not null,
    revoked_at  timestamptz
);
create unique index calendar_link_live on calendar_link (tenant_id, username) where revoked_at is null;
