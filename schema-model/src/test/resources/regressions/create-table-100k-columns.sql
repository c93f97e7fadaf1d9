-- Found by HostileInputTest ("1 MB single-line CREATE TABLE"): a CREATE TABLE with ~87,000 columns
-- on one line hung the analysis (each column was added by copying the column list: quadratic).
-- PostgreSQL rejects more than 1600 columns (54011); the model now does too, before building them.
-- expect: too-many-columns
CREATE TABLE wide ({{repeat 100000:c int, }}last int);
