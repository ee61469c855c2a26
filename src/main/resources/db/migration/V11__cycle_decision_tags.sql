-- The decision tables a cycle evaluates, fixed when the cycle opens (or, for a cycle opened before,
-- when it first evaluates one): a table deployed later, whatever its tag, changes nothing for it.
create table cycle_decision_table (
  cycle_id     varchar(32) not null references award_cycle (id),
  decision_key varchar(64) not null,
  version_tag  varchar(64) not null,
  primary key (cycle_id, decision_key)
);
