-- 评定标准版本: the rubric a cycle is scored by, as data the office owns. The id is the version's
-- number (1, 2, 3…), given by the application, so that two nodes seeding version 1 at once collide
-- on the primary key instead of storing it twice. A published version never changes: the
-- application updates content only where status = 'DRAFT'.
create table criteria_version (
  id           bigint       primary key,
  label        varchar(100) not null,
  status       varchar(16)  not null,
  rubric_json  text         not null,
  created_by   varchar(64)  not null,
  created_at   timestamp    not null,
  published_by varchar(64),
  published_at timestamp,
  constraint ck_criteria_version_status check (status in ('DRAFT', 'PUBLISHED', 'RETIRED'))
);

-- The version a cycle is scored by, fixed when the cycle starts.
create table cycle_criteria (
  cycle_id            varchar(32) primary key references award_cycle (id),
  criteria_version_id bigint      not null references criteria_version (id)
);

-- The score forms deployed for a cycle: the engine counts form versions per form key across
-- deployments, so the version a cycle's score tasks bind to is kept here, not computed.
create table cycle_form (
  cycle_id     varchar(32) not null references award_cycle (id),
  form_key     varchar(64) not null,
  form_version integer     not null,
  primary key (cycle_id, form_key)
);
