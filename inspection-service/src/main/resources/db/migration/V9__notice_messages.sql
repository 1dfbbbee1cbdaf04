-- Notices other than the plan's inspection reminders (issue 15 item 5), mailed by NoticeDelivery like the reminders:
-- improvement-request deadlines, self-report requests to the contractor, and the incident reporting line.
--
-- audience_kind says who receives one: USER = the person named in audience (user name), ORG = every registered
-- recipient whose org_code is audience (a contractor's users), ROLE = every registered agency member holding the
-- role named in audience (保護管理者, 総括保護管理者). Written once per (kind, subject, due day, audience), so a job
-- that runs twice or a replayed event writes nothing new.
create table notice_message (
    id            uuid primary key,
    tenant_id     varchar(64)  not null,
    kind          varchar(32)  not null,
    subject_id    uuid         not null,
    due_on        date         not null,
    audience_kind varchar(8)   not null check (audience_kind in ('USER', 'ORG', 'ROLE')),
    audience      varchar(200) not null,
    subject       varchar(300) not null,
    body          text         not null,
    link          varchar(300) not null,
    created_at    timestamptz  not null,
    unique (kind, subject_id, due_on, audience_kind, audience)
);
create index notice_message_tenant on notice_message (tenant_id, created_at desc);

create table notice_message_mail (
    message_id uuid         not null references notice_message (id),
    username   varchar(200) not null,
    tenant_id  varchar(64)  not null,
    sent_at    timestamptz  not null,
    primary key (message_id, username)
);

-- the recipient's Itaku roles when they saved their settings (comma-separated), so ROLE notices find them
alter table notice_recipient add column roles varchar(400) not null default '';
