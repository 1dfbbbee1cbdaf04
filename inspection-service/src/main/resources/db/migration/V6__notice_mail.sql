-- Itaku's notices by e-mail (issue 15).

-- Who receives notices and how: one row per user, written by the user (PUT /api/inspections/notice-settings, the
-- address is the one Keycloak holds, from the token) or by onboarding. inspector = receives the reminders that
-- name no assignee.
create table notice_recipient (
    id         uuid primary key,
    tenant_id  varchar(64)  not null,
    username   varchar(200) not null,
    email      varchar(320) not null,
    org_code   varchar(64),
    inspector  boolean      not null,
    delivery   varchar(16)  not null check (delivery in ('IMMEDIATE', 'DAILY_DIGEST')),
    updated_at timestamptz  not null,
    unique (tenant_id, username)
);

-- Each notification is mailed once per person: the row is claimed before sending (replica-safe) and removed again
-- when the mail server refused it, so the next run retries.
create table notification_mail (
    notification_id uuid         not null references notification (id),
    username        varchar(200) not null,
    tenant_id       varchar(64)  not null,
    sent_at         timestamptz  not null,
    primary key (notification_id, username)
);
