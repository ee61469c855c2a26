-- The committee rules on an objection by a vote. Each round records who may vote and until when;
-- each member votes at most once per round. The ruling is recorded on the objection itself.
create table objection_round (
  objection_id bigint    not null references objection (id),
  round_no     integer   not null,
  opened_at    timestamp not null,
  due_at       timestamp not null,
  primary key (objection_id, round_no)
);

create table objection_round_member (
  objection_id bigint      not null,
  round_no     integer     not null,
  member_id    varchar(64) not null,
  primary key (objection_id, round_no, member_id),
  foreign key (objection_id, round_no) references objection_round (objection_id, round_no)
);

-- 成立 (UPHOLD) / 不成立 (DISMISS), with the member's optional note.
create table objection_vote (
  objection_id bigint        not null,
  round_no     integer       not null,
  member_id    varchar(64)   not null,
  vote         varchar(16)   not null,
  note         varchar(1000),
  cast_at      timestamp     not null,
  primary key (objection_id, round_no, member_id),
  foreign key (objection_id, round_no, member_id) references objection_round_member (objection_id, round_no, member_id)
);

-- Objections investigated before the vote existed wait for the committee in the new state.
update objection set status = 'INVESTIGATED' where status = 'OPEN' and finding is not null;
