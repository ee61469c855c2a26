-- A round of the committee's vote as it stood when voting opened: who may vote, and on whom, with
-- each candidate's label on the ballot. Ballots and the tally read these, never a process variable.
create table voting_round_member (
  cycle_id  varchar(32) not null references award_cycle (id),
  member_id varchar(64) not null,
  primary key (cycle_id, member_id)
);

create table voting_round_candidate (
  cycle_id      varchar(32)  not null references award_cycle (id),
  nomination_id bigint       not null references nomination (id),
  list_order    int          not null,
  label         varchar(500) not null,
  primary key (cycle_id, nomination_id)
);
