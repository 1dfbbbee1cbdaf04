-- S3: which bulk-download notice (audit.bulk_notice, shared and append-only) has been mailed to which 保護管理者.
-- A row is claimed before the mail goes out and deleted again if the SMTP server refuses it, so every notice reaches
-- every manager once, also with several replicas.
create table bulk_notice_mail (
    notice_id uuid         not null,
    username  varchar(200) not null,
    tenant_id varchar(64)  not null,
    sent_at   timestamptz  not null,
    primary key (notice_id, username)
);
