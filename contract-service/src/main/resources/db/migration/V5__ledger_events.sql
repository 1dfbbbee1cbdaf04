-- events the guideline asks the ledger (台帳, 第5-8) to show: copies or transfers authorised (C3), media taken out,
-- returned and erased, each with who and when; recorded once, never edited (like approvals)
create table ledger_event (
    id            uuid primary key,
    tenant_id     varchar(64)   not null,
    engagement_id uuid          not null references engagement (id),
    kind          varchar(20)   not null check (kind in ('COPY_AUTHORISED', 'MEDIA_TAKEN_OUT', 'MEDIA_RETURNED',
                                                         'MEDIA_ERASED')),
    occurred_on   date          not null,
    actor_name    varchar(200)  not null check (length(trim(actor_name)) > 0),
    description   varchar(2000) not null check (length(trim(description)) > 0),
    recorded_at   timestamptz   not null,
    recorded_by   varchar(200)  not null
);
create index ledger_event_engagement on ledger_event (tenant_id, engagement_id, occurred_on);
create function ledger_event_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'ledger events are immutable';
end $$;
create trigger ledger_event_immutable before update or delete on ledger_event
    for each row execute function ledger_event_refuse_change();
