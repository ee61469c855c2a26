-- 评分草稿: the half-filled score sheet an expert keeps with 保存 in Tasklist, read back when the
-- task is opened again. One per seat; only the seat's own expert reads or writes it
-- (scoring.ScoreDraftService). It is removed when the sheet is stored or the seat ends, and is never
-- a process variable nor in the engine's history.
create table score_draft (
  nomination_id  bigint        not null references nomination (id),
  expert_id      varchar(64)   not null,
  expert_comment varchar(2000),
  saved_at       timestamp     not null,
  primary key (nomination_id, expert_id)
);

-- The items filled in so far; an item left empty has no row.
create table score_draft_item (
  nomination_id bigint        not null,
  expert_id     varchar(64)   not null,
  item_id       varchar(64)   not null,
  points        numeric(4, 1) not null,
  primary key (nomination_id, expert_id, item_id),
  foreign key (nomination_id, expert_id) references score_draft (nomination_id, expert_id)
);
