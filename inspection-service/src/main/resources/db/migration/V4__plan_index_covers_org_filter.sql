-- the organisation filter reads node_id: carrying it in the due index keeps the tenant's due/overdue counts an
-- index-only scan
drop index plan_entry_due;
create index plan_entry_due on plan_entry (tenant_id, status, due_on) include (last_done_on, node_id);
