-- Access records (S2/S3), shared by every service: schema "audit", one hash chain per tenant.
-- A repeatable migration from itaku-common that each service's Flyway applies; it is idempotent and takes an
-- advisory lock, so services starting at the same time do not race. Change it only in idempotent ways
-- (ADD COLUMN IF NOT EXISTS, CREATE OR REPLACE); the tables keep their rows.
SELECT pg_advisory_xact_lock(7318000001);

CREATE SCHEMA IF NOT EXISTS audit;

-- One row per read, export, download or change of records with personal information (who, when, what, how many,
-- the action, the outcome, where from), chained: hash = SHA-256(fields + prev_hash) (jp.itaku.common.access.AccessChain).
CREATE TABLE IF NOT EXISTS audit.access_record (
    id             uuid PRIMARY KEY,
    tenant_id      text        NOT NULL,
    seq            bigint      NOT NULL,
    recorded_at    timestamptz NOT NULL,
    service        text        NOT NULL,
    user_id        text,
    user_name      text,
    display_name   text,
    roles          text        NOT NULL DEFAULT '',
    org_code       text,
    action         text        NOT NULL,  -- READ LIST EXPORT DOWNLOAD CREATE UPDATE DELETE
    resource_type  text        NOT NULL,
    resource_ids   text,
    path           text        NOT NULL,
    query          text,
    row_count      integer     NOT NULL,
    outcome        text        NOT NULL,  -- ALLOWED DENIED CONFIRMATION_REQUIRED FAILED
    status         integer     NOT NULL,
    client_address text,
    channel        text        NOT NULL,  -- PORTAL (token of client itaku-portal) or API
    bulk           boolean     NOT NULL DEFAULT false,
    bulk_reason    text,
    prev_hash      text        NOT NULL,
    hash           text        NOT NULL,
    CONSTRAINT access_record_seq UNIQUE (tenant_id, seq)
);
CREATE INDEX IF NOT EXISTS access_record_tenant_time ON audit.access_record (tenant_id, recorded_at);
CREATE INDEX IF NOT EXISTS access_record_tenant_user_time ON audit.access_record (tenant_id, user_id, recorded_at);

-- The chain head of each tenant once a day, HMAC-signed with a key outside the database (AnchorWriter).
CREATE TABLE IF NOT EXISTS audit.access_anchor (
    tenant_id   text        NOT NULL,
    anchor_date date        NOT NULL,
    head_seq    bigint      NOT NULL,
    head_hash   text        NOT NULL,
    signature   text        NOT NULL,
    created_at  timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, anchor_date)
);

-- Where pruning (retention) cut the chain: verification starts after through_seq with through_hash.
CREATE TABLE IF NOT EXISTS audit.access_checkpoint (
    tenant_id     text        NOT NULL,
    through_seq   bigint      NOT NULL,
    through_hash  text        NOT NULL,
    pruned_before timestamptz NOT NULL,
    created_at    timestamptz NOT NULL,
    created_by    text        NOT NULL,
    PRIMARY KEY (tenant_id, through_seq)
);

-- Per-agency settings, set by the 総括保護管理者 (defaults in itaku.access.*).
CREATE TABLE IF NOT EXISTS audit.access_settings (
    tenant_id       text PRIMARY KEY,
    bulk_threshold  integer     NOT NULL CHECK (bulk_threshold BETWEEN 1 AND 10000000),
    retention_years integer     NOT NULL CHECK (retention_years BETWEEN 1 AND 30),
    updated_at      timestamptz NOT NULL,
    updated_by      text        NOT NULL
);

-- S3: a bulk download past the threshold, for the agency's 保護管理者.
CREATE TABLE IF NOT EXISTS audit.bulk_notice (
    id             uuid PRIMARY KEY,
    tenant_id      text        NOT NULL,
    record_id      uuid        NOT NULL,  -- the flagged audit.access_record (no FK: pruning removes old records)
    recipient_role text        NOT NULL,
    user_id        text,
    user_name      text,
    display_name   text,
    resource_type  text        NOT NULL,
    row_count      integer     NOT NULL,
    today_total    bigint      NOT NULL,
    threshold      integer     NOT NULL,
    reason         text        NOT NULL,
    created_at     timestamptz NOT NULL
);
ALTER TABLE audit.bulk_notice DROP CONSTRAINT IF EXISTS bulk_notice_record_id_fkey;
CREATE INDEX IF NOT EXISTS bulk_notice_tenant_time ON audit.bulk_notice (tenant_id, created_at);

-- Second lock after the grants: rows are never updated or deleted, whoever asks (only a superuser who disables
-- the trigger gets past it — and the chain then shows it). Pruning deletes only rows a checkpoint covers, and only
-- when the session says so (./itaku audit prune).
CREATE OR REPLACE FUNCTION audit.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' AND current_setting('itaku.audit_prune', true) = 'on' THEN
        IF TG_TABLE_NAME = 'access_record' THEN
            IF EXISTS (SELECT 1 FROM audit.access_checkpoint cp
                       WHERE cp.tenant_id = OLD.tenant_id AND cp.through_seq >= OLD.seq
                         AND OLD.recorded_at < cp.pruned_before) THEN
                RETURN OLD;
            END IF;
        ELSIF TG_TABLE_NAME = 'bulk_notice' THEN
            IF EXISTS (SELECT 1 FROM audit.access_checkpoint cp
                       WHERE cp.tenant_id = OLD.tenant_id AND OLD.created_at < cp.pruned_before) THEN
                RETURN OLD;
            END IF;
        END IF;
    END IF;
    RAISE EXCEPTION 'アクセス記録は追記のみです: audit.% の % は許可されていません', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege';
END
$$;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['access_record', 'access_anchor', 'access_checkpoint', 'bulk_notice'] LOOP
        EXECUTE format('DROP TRIGGER IF EXISTS %I ON audit.%I', t || '_append_only', t);
        EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE OR DELETE ON audit.%I FOR EACH ROW '
                       'EXECUTE FUNCTION audit.refuse_change()', t || '_append_only', t);
        EXECUTE format('DROP TRIGGER IF EXISTS %I ON audit.%I', t || '_no_truncate', t);
        EXECUTE format('CREATE TRIGGER %I BEFORE TRUNCATE ON audit.%I FOR EACH STATEMENT '
                       'EXECUTE FUNCTION audit.refuse_change()', t || '_no_truncate', t);
        -- first lock: the application's role (the one running this migration) keeps INSERT and SELECT only
        EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON audit.%I FROM PUBLIC, %I', t, current_user);
    END LOOP;
END
$$;
