-- Found by HostileInputTest ("deep parentheses in SELECT"): JSqlParser spent its whole 4 s timeout
-- on 10,000 nested parentheses, per statement. Text nested deeper than 200 is no longer handed to
-- it; the statement is reported as not analysed.
-- expect: query-not-analysed
CREATE TABLE t (a int);
UPDATE t SET a = {{repeat 10000:(}}1{{repeat 10000:)}};
