-- 申报表: the nominee's 职称 and 联系电话 (personal data, shown to the office only). Filings before
-- this version have neither: NULL, "not filed", never an empty string that would read as filed blank.
alter table nomination add column title varchar(50);
alter table nomination add column phone varchar(20);
