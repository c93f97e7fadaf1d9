-- Found by the nesting probe: a DEFAULT wrapped in 100,000 parentheses took minutes, because the
-- default printer stripped one pair at a time and looked for its closing bracket each time.
-- expect:
CREATE TABLE t (a int DEFAULT {{repeat 100000:(}}1{{repeat 100000:)}});
