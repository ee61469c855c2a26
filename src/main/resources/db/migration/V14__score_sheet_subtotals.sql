-- Each score sheet's 关键要求 subtotal (the ranking's first tie-break) and whether any of its items
-- has a half point (which gives its total one decimal in the ranking), written with the sheet,
-- which never changes once stored, so a cycle's ranking reads its sheets without their items.
-- Null on sheets stored before V14: the ranking adds up the items of those sheets alone.
alter table score_sheet add column key_subtotal numeric(6, 1);
alter table score_sheet add column half_points boolean;
