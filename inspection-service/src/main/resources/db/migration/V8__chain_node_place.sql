-- where a subcontractor handles and stores the information, as the ledger (台帳, 第5-8) must say it: a cloud service
-- and a country (ISO 3166-1 alpha-2) so that cloud and foreign places are flagged; existing rows were domestic
-- premises described in the free-text location
alter table chain_node add column cloud boolean not null default false;
alter table chain_node add column country char(2) not null default 'JP' check (country ~ '^[A-Z]{2}$');
