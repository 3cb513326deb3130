-- scan, Parquet by path
WITH q0 AS (SELECT `c0` AS `c0`, `c1` AS `c1`, `c2` AS `c2`, `c3` AS `c3`, `c4` AS `c4`, `c5` AS `c5`, `c6` AS `c6`, `c7` AS `c7`, `c8` AS `c8`, `c9` AS `c9`, `c10` AS `c10`, `__quiver_pos` FROM (SELECT `id` AS `c0`, `bool_col` AS `c1`, `tinyint_col` AS `c2`, `smallint_col` AS `c3`, `int_col` AS `c4`, `bigint_col` AS `c5`, `float_col` AS `c6`, `double_col` AS `c7`, `date_string_col` AS `c8`, `string_col` AS `c9`, `timestamp_col` AS `c10`, `__quiver_pos` FROM (SELECT *, _metadata.row_index AS `__quiver_pos` FROM parquet.`alltypes_plain.parquet`))),
q1 AS (SELECT t.`c0` AS `c0`, t.`__quiver_pos` AS `__quiver_pos` FROM q0 t)
SELECT `c0` AS `id` FROM q1 ORDER BY `__quiver_pos`;

-- filter, IEEE comparison
WITH q0 AS (SELECT `c0` AS `c0`, `c1` AS `c1`, `c2` AS `c2`, `c3` AS `c3`, `__quiver_pos` FROM quiver_source_0),
q1 AS (SELECT * FROM q0 WHERE (CASE WHEN `c1` IS NULL OR CAST(0 AS INT) IS NULL THEN NULL WHEN isnan(`c1`) THEN FALSE ELSE (`c1` > CAST(0 AS INT)) END))
SELECT `c0` AS `k`, `c1` AS `x`, `c2` AS `s`, `c3` AS `big` FROM q1 ORDER BY `__quiver_pos`;

-- filter, Int64 against a float, exactly
WITH q0 AS (SELECT `c0` AS `c0`, `c1` AS `c1`, `c2` AS `c2`, `c3` AS `c3`, `__quiver_pos` FROM quiver_source_0),
q1 AS (SELECT * FROM q0 WHERE (CASE WHEN `c3` IS NULL OR CAST('9007199254740992' AS DOUBLE) IS NULL THEN NULL WHEN isnan(CAST('9007199254740992' AS DOUBLE)) THEN FALSE ELSE ((CAST(`c3` AS DECIMAL(38, 0)) * 2) >= (CASE WHEN isnan(CAST('9007199254740992' AS DOUBLE)) THEN NULL WHEN CAST('9007199254740992' AS DOUBLE) >= CAST('1.8446744073709552e19' AS DOUBLE) THEN CAST('40000000000000000000' AS DECIMAL(38, 0)) WHEN CAST('9007199254740992' AS DOUBLE) <= -CAST('1.8446744073709552e19' AS DOUBLE) THEN CAST('-40000000000000000000' AS DECIMAL(38, 0)) WHEN CAST('9007199254740992' AS DOUBLE) = floor(CAST('9007199254740992' AS DOUBLE)) THEN CAST(CAST('9007199254740992' AS DOUBLE) AS DECIMAL(38, 0)) * 2 ELSE CAST(floor(CAST('9007199254740992' AS DOUBLE)) AS DECIMAL(38, 0)) * 2 + 1 END)) END))
SELECT `c0` AS `k`, `c1` AS `x`, `c2` AS `s`, `c3` AS `big` FROM q1 ORDER BY `__quiver_pos`;

-- and, or, not, null tests
WITH q0 AS (SELECT `c0` AS `c0`, `c1` AS `c1`, `c2` AS `c2`, `c3` AS `c3`, `__quiver_pos` FROM quiver_source_0),
q1 AS (SELECT * FROM q0 WHERE ((`c2` IS NULL) OR ((`c0` = CAST(1 AS INT)) AND (NOT isnan(`c1`)))))
SELECT `c0` AS `k`, `c1` AS `x`, `c2` AS `s`, `c3` AS `big` FROM q1 ORDER BY `__quiver_pos`;

-- select, arithmetic that wraps
WITH q0 AS (SELECT `c0` AS `c0`, `c1` AS `c1`, `c2` AS `c2`, `c3` AS `c3`, `__quiver_pos` FROM quiver_source_0),
q1 AS (SELECT CAST((((((CAST(t.`c0` AS BIGINT) + CAST(CAST(1 AS INT) AS BIGINT)) + CAST(2147483648 AS BIGINT)) % CAST(4294967296 AS BIGINT)) + CAST(4294967296 AS BIGINT)) % CAST(4294967296 AS BIGINT)) - CAST(2147483648 AS BIGINT) AS INT) AS `c0`, CAST((((((CAST(t.`c0` AS BIGINT) * CAST(t.`c0` AS BIGINT)) + CAST(2147483648 AS BIGINT)) % CAST(4294967296 AS BIGINT)) + CAST(4294967296 AS BIGINT)) % CAST(4294967296 AS BIGINT)) - CAST(2147483648 AS BIGINT) AS INT) AS `c1`, (CAST(t.`c1` AS DOUBLE) / CAST(CAST(2 AS INT) AS DOUBLE)) AS `c2`, (CASE WHEN t.`c1` IS NULL OR CAST(0 AS INT) IS NULL THEN NULL WHEN CAST(CAST(0 AS INT) AS DOUBLE) = 0 THEN CAST('NaN' AS DOUBLE) ELSE CAST(t.`c1` AS DOUBLE) % CAST(CAST(0 AS INT) AS DOUBLE) END) AS `c3`, t.`__quiver_pos` AS `__quiver_pos` FROM q0 t)
SELECT `c0` AS `a`, `c1` AS `m`, `c2` AS `d`, `c3` AS `r` FROM q1 ORDER BY `__quiver_pos`;

-- withColumns, fillNull
WITH q0 AS (SELECT `c0` AS `c0`, `c1` AS `c1`, `c2` AS `c2`, `c3` AS `c3`, `__quiver_pos` FROM quiver_source_0),
q1 AS (SELECT t.`c0` AS `c0`, t.`c1` AS `c1`, COALESCE(CAST(t.`c2` AS STRING), CAST('z' AS STRING)) AS `c2`, t.`c3` AS `c3`, t.`__quiver_pos` AS `__quiver_pos` FROM q0 t)
SELECT `c0` AS `k`, `c1` AS `x`, `c2` AS `s`, `c3` AS `big` FROM q1 ORDER BY `__quiver_pos`;

-- casts
WITH q0 AS (SELECT `c0` AS `c0`, `c1` AS `c1`, `c2` AS `c2`, `c3` AS `c3`, `__quiver_pos` FROM quiver_source_0),
q1 AS (SELECT CAST(t.`c1` AS INT) AS `c0`, (t.`c0` <> 0) AS `c1`, CAST((t.`c0` > CAST(1 AS INT)) AS TINYINT) AS `c2`, CAST(NULL AS DOUBLE) AS `c3`, t.`__quiver_pos` AS `__quiver_pos` FROM q0 t)
SELECT `c0` AS `i`, `c1` AS `b`, `c2` AS `t`, `c3` AS `n` FROM q1 ORDER BY `__quiver_pos`;

-- group-by, the argmin family
WITH q0 AS (SELECT `c0` AS `c0`, `c1` AS `c1`, `c2` AS `c2`, `c3` AS `c3`, `__quiver_pos` FROM quiver_source_0),
q1 AS (SELECT `c2` AS `__quiver_k0`, MIN(`__quiver_pos`) AS `__quiver_first`, MIN(CASE WHEN `c1` IS NULL THEN NULL ELSE named_struct('n', (CASE WHEN isnan(`c1`) THEN 0 ELSE 1 END), 'v', (CASE WHEN `c1` = 0 THEN CAST(0 AS DOUBLE) ELSE `c1` END), 'p', `__quiver_pos`) END).`p` AS `__quiver_a0`, (-MAX(CASE WHEN `c1` IS NULL THEN NULL ELSE named_struct('n', (CASE WHEN isnan(`c1`) THEN 1 ELSE 0 END), 'v', (CASE WHEN `c1` = 0 THEN CAST(0 AS DOUBLE) ELSE `c1` END), 'p', (-`__quiver_pos`)) END).`p`) AS `__quiver_a1`, (CASE WHEN MIN(CASE WHEN `c1` IS NULL OR isnan(`c1`) THEN NULL ELSE named_struct('v', (CASE WHEN `c1` = 0 THEN CAST(0 AS DOUBLE) ELSE `c1` END), 'p', `__quiver_pos`) END).`p` IS NULL AND COUNT(`c1`) > 0 THEN raise_error('All-NaN slice encountered') ELSE MIN(CASE WHEN `c1` IS NULL OR isnan(`c1`) THEN NULL ELSE named_struct('v', (CASE WHEN `c1` = 0 THEN CAST(0 AS DOUBLE) ELSE `c1` END), 'p', `__quiver_pos`) END).`p` END) AS `__quiver_a2`, (CASE WHEN MAX(CASE WHEN `c1` IS NULL OR isnan(`c1`) THEN NULL ELSE named_struct('v', (CASE WHEN `c1` = 0 THEN CAST(0 AS DOUBLE) ELSE `c1` END), 'p', (-`__quiver_pos`)) END).`p` IS NULL AND COUNT(`c1`) > 0 THEN raise_error('All-NaN slice encountered') ELSE (-MAX(CASE WHEN `c1` IS NULL OR isnan(`c1`) THEN NULL ELSE named_struct('v', (CASE WHEN `c1` = 0 THEN CAST(0 AS DOUBLE) ELSE `c1` END), 'p', (-`__quiver_pos`)) END).`p`) END) AS `__quiver_a3` FROM q0 GROUP BY `c2`),
q2 AS (SELECT `__quiver_pos`, `c2` AS `__quiver_rk0` FROM q0),
q3 AS (SELECT g.`__quiver_first` AS `__quiver_first`, SUM(CASE WHEN r.`__quiver_pos` < g.`__quiver_a0` THEN 1 ELSE 0 END) AS `__quiver_c0`, SUM(CASE WHEN r.`__quiver_pos` < g.`__quiver_a1` THEN 1 ELSE 0 END) AS `__quiver_c1`, SUM(CASE WHEN r.`__quiver_pos` < g.`__quiver_a2` THEN 1 ELSE 0 END) AS `__quiver_c2`, SUM(CASE WHEN r.`__quiver_pos` < g.`__quiver_a3` THEN 1 ELSE 0 END) AS `__quiver_c3` FROM q1 g JOIN q2 r ON r.`__quiver_rk0` IS NOT DISTINCT FROM g.`__quiver_k0` GROUP BY g.`__quiver_first`),
q4 AS (SELECT g.`__quiver_k0` AS `c0`, (CASE WHEN g.`__quiver_a0` IS NULL THEN NULL ELSE CAST(COALESCE(c.`__quiver_c0`, 0) AS BIGINT) END) AS `c1`, (CASE WHEN g.`__quiver_a1` IS NULL THEN NULL ELSE CAST(COALESCE(c.`__quiver_c1`, 0) AS BIGINT) END) AS `c2`, (CASE WHEN g.`__quiver_a2` IS NULL THEN NULL ELSE CAST(COALESCE(c.`__quiver_c2`, 0) AS BIGINT) END) AS `c3`, (CASE WHEN g.`__quiver_a3` IS NULL THEN NULL ELSE CAST(COALESCE(c.`__quiver_c3`, 0) AS BIGINT) END) AS `c4`, g.`__quiver_first` AS `__quiver_pos` FROM q1 g LEFT JOIN q3 c ON c.`__quiver_first` = g.`__quiver_first`)
SELECT `c0` AS `s`, `c1` AS `a`, `c2` AS `b`, `c3` AS `c`, `c4` AS `d` FROM q4 ORDER BY `__quiver_pos`;

-- group-by, values
WITH q0 AS (SELECT `c0` AS `c0`, `c1` AS `c1`, `c2` AS `c2`, `c3` AS `c3`, `__quiver_pos` FROM quiver_source_0),
q1 AS (SELECT `c0` AS `__quiver_k0`, MIN(`__quiver_pos`) AS `__quiver_first`, COUNT(`c1`) AS `__quiver_a0`, (CASE WHEN COUNT(`c1`) = 0 THEN NULL WHEN MAX(CASE WHEN isnan(`c1`) THEN 1 ELSE 0 END) = 1 OR (MAX(CASE WHEN `c1` = CAST('Infinity' AS DOUBLE) THEN 1 ELSE 0 END) = 1 AND MAX(CASE WHEN `c1` = CAST('-Infinity' AS DOUBLE) THEN 1 ELSE 0 END) = 1) THEN CAST('NaN' AS DOUBLE) WHEN MAX(CASE WHEN `c1` = CAST('Infinity' AS DOUBLE) THEN 1 ELSE 0 END) = 1 THEN CAST('Infinity' AS DOUBLE) WHEN MAX(CASE WHEN `c1` = CAST('-Infinity' AS DOUBLE) THEN 1 ELSE 0 END) = 1 THEN CAST('-Infinity' AS DOUBLE) WHEN MIN(CASE WHEN (`c1` = 0 AND CAST(`c1` AS STRING) = '-0.0') THEN 1 ELSE 0 END) = 1 THEN CAST('-0.0' AS DOUBLE) WHEN NOT isnan(sum(`c1`)) THEN sum(`c1`) WHEN NOT isnan(sum(`c1` * 0.5)) THEN sum(`c1` * 0.5) * 2 ELSE sum(`c1`) END) AS `__quiver_a1`, (CASE WHEN COUNT(`c3`) = 0 THEN NULL ELSE CAST(((((CAST(SUM(CAST(`c3` AS DECIMAL(38, 0))) AS DECIMAL(38, 0)) + CAST(9223372036854775808 AS DECIMAL(38, 0))) % CAST(18446744073709551616 AS DECIMAL(38, 0))) + CAST(18446744073709551616 AS DECIMAL(38, 0))) % CAST(18446744073709551616 AS DECIMAL(38, 0))) - CAST(9223372036854775808 AS DECIMAL(38, 0)) AS BIGINT) END) AS `__quiver_a2`, ((CASE WHEN COUNT(`c1`) = 0 THEN NULL WHEN MAX(CASE WHEN isnan(`c1`) THEN 1 ELSE 0 END) = 1 OR (MAX(CASE WHEN `c1` = CAST('Infinity' AS DOUBLE) THEN 1 ELSE 0 END) = 1 AND MAX(CASE WHEN `c1` = CAST('-Infinity' AS DOUBLE) THEN 1 ELSE 0 END) = 1) THEN CAST('NaN' AS DOUBLE) WHEN MAX(CASE WHEN `c1` = CAST('Infinity' AS DOUBLE) THEN 1 ELSE 0 END) = 1 THEN CAST('Infinity' AS DOUBLE) WHEN MAX(CASE WHEN `c1` = CAST('-Infinity' AS DOUBLE) THEN 1 ELSE 0 END) = 1 THEN CAST('-Infinity' AS DOUBLE) WHEN MIN(CASE WHEN (`c1` = 0 AND CAST(`c1` AS STRING) = '-0.0') THEN 1 ELSE 0 END) = 1 THEN CAST('-0.0' AS DOUBLE) WHEN NOT isnan(sum(`c1`)) THEN sum(`c1`) WHEN NOT isnan(sum(`c1` * 0.5)) THEN sum(`c1` * 0.5) * 2 ELSE sum(`c1`) END) / COUNT(`c1`)) AS `__quiver_a3`, (CASE WHEN MIN(CASE WHEN `c1` IS NULL THEN NULL ELSE named_struct('n', (CASE WHEN isnan(`c1`) THEN 0 ELSE 1 END), 'v', (CASE WHEN `c1` = 0 THEN CAST(0 AS DOUBLE) ELSE `c1` END), 'p', `__quiver_pos`, 'x', `c1`, 'z', (`c1` = 0 AND CAST(`c1` AS STRING) = '-0.0')) END).`z` THEN CAST('-0.0' AS DOUBLE) ELSE MIN(CASE WHEN `c1` IS NULL THEN NULL ELSE named_struct('n', (CASE WHEN isnan(`c1`) THEN 0 ELSE 1 END), 'v', (CASE WHEN `c1` = 0 THEN CAST(0 AS DOUBLE) ELSE `c1` END), 'p', `__quiver_pos`, 'x', `c1`, 'z', (`c1` = 0 AND CAST(`c1` AS STRING) = '-0.0')) END).`x` END) AS `__quiver_a4`, (CASE WHEN MAX(CASE WHEN `c1` IS NULL THEN NULL ELSE named_struct('n', (CASE WHEN isnan(`c1`) THEN 1 ELSE 0 END), 'v', (CASE WHEN `c1` = 0 THEN CAST(0 AS DOUBLE) ELSE `c1` END), 'p', (-`__quiver_pos`), 'x', `c1`, 'z', (`c1` = 0 AND CAST(`c1` AS STRING) = '-0.0')) END).`z` THEN CAST('-0.0' AS DOUBLE) ELSE MAX(CASE WHEN `c1` IS NULL THEN NULL ELSE named_struct('n', (CASE WHEN isnan(`c1`) THEN 1 ELSE 0 END), 'v', (CASE WHEN `c1` = 0 THEN CAST(0 AS DOUBLE) ELSE `c1` END), 'p', (-`__quiver_pos`), 'x', `c1`, 'z', (`c1` = 0 AND CAST(`c1` AS STRING) = '-0.0')) END).`x` END) AS `__quiver_a5`, MIN(named_struct('p', `__quiver_pos`, 'x', `c2`)).`x` AS `__quiver_a6`, MAX(named_struct('p', `__quiver_pos`, 'x', `c2`)).`x` AS `__quiver_a7`, MIN(CASE WHEN `c1` IS NULL THEN NULL ELSE named_struct('n', (CASE WHEN isnan(`c1`) THEN 0 ELSE 1 END), 'v', (CASE WHEN `c1` = 0 THEN CAST(0 AS DOUBLE) ELSE `c1` END), 'p', `__quiver_pos`, 'x', `c2`) END).`x` AS `__quiver_a8`, MAX(CASE WHEN `c1` IS NULL THEN NULL ELSE named_struct('n', (CASE WHEN isnan(`c1`) THEN 1 ELSE 0 END), 'v', (CASE WHEN `c1` = 0 THEN CAST(0 AS DOUBLE) ELSE `c1` END), 'p', (-`__quiver_pos`), 'x', `c2`) END).`x` AS `__quiver_a9` FROM q0 GROUP BY `c0`),
q2 AS (SELECT g.`__quiver_k0` AS `c0`, g.`__quiver_a0` AS `c1`, g.`__quiver_a1` AS `c2`, g.`__quiver_a2` AS `c3`, g.`__quiver_a3` AS `c4`, g.`__quiver_a4` AS `c5`, g.`__quiver_a5` AS `c6`, g.`__quiver_a6` AS `c7`, g.`__quiver_a7` AS `c8`, g.`__quiver_a8` AS `c9`, g.`__quiver_a9` AS `c10`, g.`__quiver_first` AS `__quiver_pos` FROM q1 g)
SELECT `c0` AS `k`, `c1` AS `n`, `c2` AS `s`, `c3` AS `t`, `c4` AS `m`, `c5` AS `lo`, `c6` AS `hi`, `c7` AS `f`, `c8` AS `l`, `c9` AS `sm`, `c10` AS `sx` FROM q2 ORDER BY `__quiver_pos`;

-- group-by, get by position and at an arg-reduction's row
WITH q0 AS (SELECT `c0` AS `c0`, `c1` AS `c1`, `c2` AS `c2`, `c3` AS `c3`, `__quiver_pos` FROM quiver_source_0),
q1 AS (SELECT *, ROW_NUMBER() OVER (PARTITION BY `c0` ORDER BY `__quiver_pos`) - 1 AS `__quiver_rn`, COUNT(*) OVER (PARTITION BY `c0`) AS `__quiver_n` FROM q0),
q2 AS (SELECT `c0` AS `__quiver_k0`, MIN(`__quiver_pos`) AS `__quiver_first`, MIN(CASE WHEN `__quiver_rn` = 0 THEN named_struct('p', `__quiver_pos`, 'x', `c2`) END).`x` AS `__quiver_a0`, MIN(CASE WHEN `__quiver_rn` = `__quiver_n` + (-1) THEN named_struct('p', `__quiver_pos`, 'x', `c2`) END).`x` AS `__quiver_a1`, (CASE WHEN MAX(CASE WHEN `c1` IS NULL OR isnan(`c1`) THEN NULL ELSE named_struct('v', (CASE WHEN `c1` = 0 THEN CAST(0 AS DOUBLE) ELSE `c1` END), 'p', (-`__quiver_pos`), 'x', `c2`) END) IS NULL AND COUNT(`c1`) > 0 THEN raise_error('All-NaN slice encountered') ELSE MAX(CASE WHEN `c1` IS NULL OR isnan(`c1`) THEN NULL ELSE named_struct('v', (CASE WHEN `c1` = 0 THEN CAST(0 AS DOUBLE) ELSE `c1` END), 'p', (-`__quiver_pos`), 'x', `c2`) END).`x` END) AS `__quiver_a2` FROM q1 GROUP BY `c0`),
q3 AS (SELECT g.`__quiver_k0` AS `c0`, g.`__quiver_a0` AS `c1`, g.`__quiver_a1` AS `c2`, g.`__quiver_a2` AS `c3`, g.`__quiver_first` AS `__quiver_pos` FROM q2 g)
SELECT `c0` AS `k`, `c1` AS `a`, `c2` AS `b`, `c3` AS `c` FROM q3 ORDER BY `__quiver_pos`;

-- group-by on a float key, -0 with 0
WITH q0 AS (SELECT `c0` AS `c0`, `c1` AS `c1`, `c2` AS `c2`, `c3` AS `c3`, `__quiver_pos` FROM quiver_source_0),
q1 AS (SELECT (CASE WHEN `c1` = 0 THEN CAST(0 AS DOUBLE) ELSE `c1` END) AS `__quiver_k0`, (CASE WHEN MIN(named_struct('p', `__quiver_pos`, 'x', `c1`, 'z', (`c1` = 0 AND CAST(`c1` AS STRING) = '-0.0'))).`z` THEN CAST('-0.0' AS DOUBLE) ELSE MIN(named_struct('p', `__quiver_pos`, 'x', `c1`, 'z', (`c1` = 0 AND CAST(`c1` AS STRING) = '-0.0'))).`x` END) AS `__quiver_kv0`, MIN(`__quiver_pos`) AS `__quiver_first`, COUNT(`c0`) AS `__quiver_a0` FROM q0 GROUP BY (CASE WHEN `c1` = 0 THEN CAST(0 AS DOUBLE) ELSE `c1` END)),
q2 AS (SELECT g.`__quiver_kv0` AS `c0`, g.`__quiver_a0` AS `c1`, g.`__quiver_first` AS `__quiver_pos` FROM q1 g)
SELECT `c0` AS `x`, `c1` AS `n` FROM q2 ORDER BY `__quiver_pos`;

-- select of aggregates, whole frame
WITH q0 AS (SELECT `c0` AS `c0`, `c1` AS `c1`, `c2` AS `c2`, `c3` AS `c3`, `__quiver_pos` FROM quiver_source_0),
q1 AS (SELECT MIN(`__quiver_pos`) AS `__quiver_first`, MIN(CASE WHEN `c1` IS NULL THEN NULL ELSE named_struct('n', (CASE WHEN isnan(`c1`) THEN 0 ELSE 1 END), 'v', (CASE WHEN `c1` = 0 THEN CAST(0 AS DOUBLE) ELSE `c1` END), 'p', `__quiver_pos`) END).`p` AS `__quiver_a0`, MAX(CASE WHEN `c3` IS NULL THEN NULL ELSE named_struct('v', `c3`, 'p', (-`__quiver_pos`), 'x', `c3`) END).`x` AS `__quiver_a1` FROM q0),
q2 AS (SELECT `__quiver_pos`, 1 AS __quiver_one FROM q0),
q3 AS (SELECT g.`__quiver_first` AS `__quiver_first`, SUM(CASE WHEN r.`__quiver_pos` < g.`__quiver_a0` THEN 1 ELSE 0 END) AS `__quiver_c0` FROM q1 g JOIN q2 r ON TRUE GROUP BY g.`__quiver_first`),
q4 AS (SELECT (CASE WHEN g.`__quiver_a0` IS NULL THEN NULL ELSE CAST(COALESCE(c.`__quiver_c0`, 0) AS BIGINT) END) AS `c0`, g.`__quiver_a1` AS `c1`, 0 AS `__quiver_pos` FROM q1 g LEFT JOIN q3 c ON c.`__quiver_first` = g.`__quiver_first`)
SELECT `c0` AS `i`, `c1` AS `m` FROM q4 ORDER BY `__quiver_pos`;

-- sort, stable, nulls last
WITH q0 AS (SELECT `c0` AS `c0`, `c1` AS `c1`, `c2` AS `c2`, `c3` AS `c3`, `__quiver_pos` FROM quiver_source_0),
q1 AS (SELECT `c0`, `c1`, `c2`, `c3`, ROW_NUMBER() OVER (ORDER BY `c2` DESC NULLS LAST, (CASE WHEN `c1` = 0 THEN CAST(0 AS DOUBLE) ELSE `c1` END) ASC NULLS LAST, `__quiver_pos`) - 1 AS `__quiver_pos` FROM q0)
SELECT `c0` AS `k`, `c1` AS `x`, `c2` AS `s`, `c3` AS `big` FROM q1 ORDER BY `__quiver_pos`;

-- sort with a limit (top-k)
WITH q0 AS (SELECT `c0` AS `c0`, `c1` AS `c1`, `c2` AS `c2`, `c3` AS `c3`, `__quiver_pos` FROM quiver_source_0),
q1 AS (SELECT `c0`, `c1`, `c2`, `c3`, ROW_NUMBER() OVER (ORDER BY (CASE WHEN `c1` = 0 THEN CAST(0 AS DOUBLE) ELSE `c1` END) ASC NULLS LAST, `__quiver_pos`) - 1 AS `__quiver_pos` FROM q0),
q2 AS (SELECT * FROM q1 ORDER BY `__quiver_pos` LIMIT 2)
SELECT `c0` AS `k`, `c1` AS `x`, `c2` AS `s`, `c3` AS `big` FROM q2 ORDER BY `__quiver_pos`;

-- slice
WITH q0 AS (SELECT `c0` AS `c0`, `c1` AS `c1`, `c2` AS `c2`, `c3` AS `c3`, `__quiver_pos` FROM quiver_source_0),
q1 AS (SELECT `c0`, `c1`, `c2`, `c3`, `__quiver_pos` FROM (SELECT *, ROW_NUMBER() OVER (ORDER BY `__quiver_pos`) - 1 AS `__quiver_rn` FROM q0) t WHERE `__quiver_rn` >= 1 AND `__quiver_rn` < 2)
SELECT `c0` AS `k`, `c1` AS `x`, `c2` AS `s`, `c3` AS `big` FROM q1 ORDER BY `__quiver_pos`;

-- row index
WITH q0 AS (SELECT `c0` AS `c0`, `c1` AS `c1`, `c2` AS `c2`, `c3` AS `c3`, `__quiver_pos` FROM quiver_source_0),
q1 AS (SELECT CAST(ROW_NUMBER() OVER (ORDER BY `__quiver_pos`) - 1 AS BIGINT) AS `c0`, `c0` AS `c1`, `c1` AS `c2`, `c2` AS `c3`, `c3` AS `c4`, `__quiver_pos` FROM q0)
SELECT `c0` AS `i`, `c1` AS `k`, `c2` AS `x`, `c3` AS `s`, `c4` AS `big` FROM q1 ORDER BY `__quiver_pos`;

-- tail
WITH q0 AS (SELECT `c0` AS `c0`, `c1` AS `c1`, `c2` AS `c2`, `c3` AS `c3`, `__quiver_pos` FROM quiver_source_0),
q1 AS (SELECT * FROM (SELECT * FROM q0 ORDER BY `__quiver_pos` DESC LIMIT 2) t)
SELECT `c0` AS `k`, `c1` AS `x`, `c2` AS `s`, `c3` AS `big` FROM q1 ORDER BY `__quiver_pos`;

-- windows: row number, shift, running count and sum, rolling sum and mean
WITH q0 AS (SELECT `c0` AS `c0`, `c1` AS `c1`, `c2` AS `c2`, `c3` AS `c3`, `__quiver_pos` FROM quiver_source_0),
q1 AS (SELECT t.`c0` AS `c0`, t.`c1` AS `c1`, t.`c2` AS `c2`, t.`c3` AS `c3`, (ROW_NUMBER() OVER (ORDER BY t.`__quiver_pos`) - 1) AS `c4`, LAG(t.`c2`, 1) OVER (ORDER BY t.`__quiver_pos`) AS `c5`, COUNT(t.`c1`) OVER (ORDER BY t.`__quiver_pos` ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS `c6`, (CASE WHEN t.`c3` IS NULL THEN NULL ELSE CAST(((((CAST(SUM(CAST(t.`c3` AS DECIMAL(38, 0))) OVER (ORDER BY t.`__quiver_pos` ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS DECIMAL(38, 0)) + CAST(9223372036854775808 AS DECIMAL(38, 0))) % CAST(18446744073709551616 AS DECIMAL(38, 0))) + CAST(18446744073709551616 AS DECIMAL(38, 0))) % CAST(18446744073709551616 AS DECIMAL(38, 0))) - CAST(9223372036854775808 AS DECIMAL(38, 0)) AS BIGINT) END) AS `c7`, (CASE WHEN COUNT(t.`c0`) OVER (ORDER BY t.`__quiver_pos` ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) < 2 THEN NULL ELSE CAST(((((CAST(SUM(CAST(t.`c0` AS DECIMAL(38, 0))) OVER (ORDER BY t.`__quiver_pos` ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) AS DECIMAL(38, 0)) + CAST(9223372036854775808 AS DECIMAL(38, 0))) % CAST(18446744073709551616 AS DECIMAL(38, 0))) + CAST(18446744073709551616 AS DECIMAL(38, 0))) % CAST(18446744073709551616 AS DECIMAL(38, 0))) - CAST(9223372036854775808 AS DECIMAL(38, 0)) AS BIGINT) END) AS `c8`, (CASE WHEN COUNT(t.`c0`) OVER (ORDER BY t.`__quiver_pos` ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) < 1 THEN NULL ELSE (CAST(CAST(SUM(CAST(t.`c0` AS DECIMAL(38, 0))) OVER (ORDER BY t.`__quiver_pos` ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) AS DECIMAL(38, 0)) AS DOUBLE) / COUNT(t.`c0`) OVER (ORDER BY t.`__quiver_pos` ROWS BETWEEN 1 PRECEDING AND CURRENT ROW)) END) AS `c9`, t.`__quiver_pos` AS `__quiver_pos` FROM q0 t)
SELECT `c0` AS `k`, `c1` AS `x`, `c2` AS `s`, `c3` AS `big`, `c4` AS `r`, `c5` AS `p`, `c6` AS `c`, `c7` AS `cs`, `c8` AS `rs`, `c9` AS `rm` FROM q1 ORDER BY `__quiver_pos`;

-- ranks
WITH q0 AS (SELECT `c0` AS `c0`, `c1` AS `c1`, `c2` AS `c2`, `c3` AS `c3`, `__quiver_pos` FROM quiver_source_0),
q1 AS (SELECT t.`c0` AS `c0`, t.`c1` AS `c1`, t.`c2` AS `c2`, t.`c3` AS `c3`, (CASE WHEN t.`c1` IS NULL THEN NULL ELSE CAST(((CAST(RANK() OVER (PARTITION BY (t.`c1` IS NULL) ORDER BY (CASE WHEN t.`c1` = 0 THEN CAST(0 AS DOUBLE) ELSE t.`c1` END) ASC) AS DOUBLE) + CAST((RANK() OVER (PARTITION BY (t.`c1` IS NULL) ORDER BY (CASE WHEN t.`c1` = 0 THEN CAST(0 AS DOUBLE) ELSE t.`c1` END) ASC) + COUNT(*) OVER (PARTITION BY (CASE WHEN t.`c1` = 0 THEN CAST(0 AS DOUBLE) ELSE t.`c1` END)) - 1) AS DOUBLE)) / 2) AS DOUBLE) END) AS `c4`, (CASE WHEN t.`c1` IS NULL THEN NULL ELSE CAST(RANK() OVER (PARTITION BY (t.`c1` IS NULL) ORDER BY (CASE WHEN t.`c1` = 0 THEN CAST(0 AS DOUBLE) ELSE t.`c1` END) ASC) AS BIGINT) END) AS `c5`, (CASE WHEN t.`c1` IS NULL THEN NULL ELSE CAST((RANK() OVER (PARTITION BY (t.`c1` IS NULL) ORDER BY (CASE WHEN t.`c1` = 0 THEN CAST(0 AS DOUBLE) ELSE t.`c1` END) DESC) + COUNT(*) OVER (PARTITION BY (CASE WHEN t.`c1` = 0 THEN CAST(0 AS DOUBLE) ELSE t.`c1` END)) - 1) AS BIGINT) END) AS `c6`, (CASE WHEN t.`c1` IS NULL THEN NULL ELSE CAST(DENSE_RANK() OVER (PARTITION BY (t.`c1` IS NULL) ORDER BY (CASE WHEN t.`c1` = 0 THEN CAST(0 AS DOUBLE) ELSE t.`c1` END) ASC) AS BIGINT) END) AS `c7`, (CASE WHEN t.`c1` IS NULL THEN NULL ELSE CAST(ROW_NUMBER() OVER (PARTITION BY (t.`c1` IS NULL) ORDER BY (CASE WHEN t.`c1` = 0 THEN CAST(0 AS DOUBLE) ELSE t.`c1` END) ASC, t.`__quiver_pos`) AS BIGINT) END) AS `c8`, t.`__quiver_pos` AS `__quiver_pos` FROM q0 t)
SELECT `c0` AS `k`, `c1` AS `x`, `c2` AS `s`, `c3` AS `big`, `c4` AS `average`, `c5` AS `min`, `c6` AS `max`, `c7` AS `dense`, `c8` AS `ordinal` FROM q1 ORDER BY `__quiver_pos`;

-- over: a window per partition, an aggregate per partition, an extreme per partition
WITH q0 AS (SELECT `c0` AS `c0`, `c1` AS `c1`, `c2` AS `c2`, `c3` AS `c3`, `__quiver_pos` FROM quiver_source_0),
q1 AS (SELECT `c0` AS `c0`, `c1` AS `c1`, `c2` AS `c2`, `c3` AS `c3`, `__quiver_pos` FROM quiver_source_0),
q2 AS (SELECT `c2` AS `__quiver_k0`, MIN(`__quiver_pos`) AS `__quiver_first`, MIN(CASE WHEN `c1` IS NULL THEN NULL ELSE named_struct('n', (CASE WHEN isnan(`c1`) THEN 0 ELSE 1 END), 'v', (CASE WHEN `c1` = 0 THEN CAST(0 AS DOUBLE) ELSE `c1` END), 'p', `__quiver_pos`) END).`p` AS `__quiver_a0` FROM q1 GROUP BY `c2`),
q3 AS (SELECT `__quiver_pos`, `c2` AS `__quiver_rk0` FROM q1),
q4 AS (SELECT g.`__quiver_first` AS `__quiver_first`, SUM(CASE WHEN r.`__quiver_pos` < g.`__quiver_a0` THEN 1 ELSE 0 END) AS `__quiver_c0` FROM q2 g JOIN q3 r ON r.`__quiver_rk0` IS NOT DISTINCT FROM g.`__quiver_k0` GROUP BY g.`__quiver_first`),
q5 AS (SELECT g.`__quiver_k0` AS `c0`, (CASE WHEN g.`__quiver_a0` IS NULL THEN NULL ELSE CAST(COALESCE(c.`__quiver_c0`, 0) AS BIGINT) END) AS `c1`, g.`__quiver_first` AS `__quiver_pos` FROM q2 g LEFT JOIN q4 c ON c.`__quiver_first` = g.`__quiver_first`),
q6 AS (SELECT t.`c0` AS `c0`, t.`c1` AS `c1`, t.`c2` AS `c2`, t.`c3` AS `c3`, COUNT(t.`c0`) OVER (PARTITION BY t.`c2` ORDER BY t.`__quiver_pos` ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS `c4`, (CASE WHEN COUNT(t.`c3`) OVER (PARTITION BY t.`c2` ORDER BY t.`__quiver_pos` ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) = 0 THEN NULL ELSE CAST(((((CAST(SUM(CAST(t.`c3` AS DECIMAL(38, 0))) OVER (PARTITION BY t.`c2` ORDER BY t.`__quiver_pos` ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS DECIMAL(38, 0)) + CAST(9223372036854775808 AS DECIMAL(38, 0))) % CAST(18446744073709551616 AS DECIMAL(38, 0))) + CAST(18446744073709551616 AS DECIMAL(38, 0))) % CAST(18446744073709551616 AS DECIMAL(38, 0))) - CAST(9223372036854775808 AS DECIMAL(38, 0)) AS BIGINT) END) AS `c5`, a0.`c1` AS `c6`, t.`__quiver_pos` AS `__quiver_pos` FROM q0 t LEFT JOIN q5 a0 ON t.`c2` IS NOT DISTINCT FROM a0.`c0`)
SELECT `c0` AS `k`, `c1` AS `x`, `c2` AS `s`, `c3` AS `big`, `c4` AS `c`, `c5` AS `t`, `c6` AS `i` FROM q6 ORDER BY `__quiver_pos`;

-- running and rolling extremes and their positions
WITH q0 AS (SELECT `c0` AS `c0`, `c1` AS `c1`, `c2` AS `c2`, `c3` AS `c3`, `__quiver_pos` FROM quiver_source_0),
q1 AS (SELECT t.`c0` AS `c0`, t.`c1` AS `c1`, t.`c2` AS `c2`, t.`c3` AS `c3`, (CASE WHEN t.`c1` IS NULL THEN NULL ELSE (CASE WHEN MIN(CASE WHEN t.`c1` IS NULL THEN NULL ELSE named_struct('n', (CASE WHEN isnan(t.`c1`) THEN 0 ELSE 1 END), 'v', (CASE WHEN t.`c1` = 0 THEN CAST(0 AS DOUBLE) ELSE t.`c1` END), 'p', t.`__quiver_ri0`, 'x', t.`c1`, 'z', (t.`c1` = 0 AND CAST(t.`c1` AS STRING) = '-0.0')) END) OVER (ORDER BY t.`__quiver_pos` ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW).`z` THEN CAST('-0.0' AS DOUBLE) ELSE MIN(CASE WHEN t.`c1` IS NULL THEN NULL ELSE named_struct('n', (CASE WHEN isnan(t.`c1`) THEN 0 ELSE 1 END), 'v', (CASE WHEN t.`c1` = 0 THEN CAST(0 AS DOUBLE) ELSE t.`c1` END), 'p', t.`__quiver_ri0`, 'x', t.`c1`, 'z', (t.`c1` = 0 AND CAST(t.`c1` AS STRING) = '-0.0')) END) OVER (ORDER BY t.`__quiver_pos` ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW).`x` END) END) AS `c4`, (CASE WHEN t.`c3` IS NULL THEN NULL ELSE MAX(CASE WHEN t.`c3` IS NULL THEN NULL ELSE named_struct('v', t.`c3`, 'p', (-t.`__quiver_ri1`), 'x', t.`c3`) END) OVER (PARTITION BY t.`c2` ORDER BY t.`__quiver_pos` ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW).`x` END) AS `c5`, MIN(CASE WHEN t.`c1` IS NULL THEN NULL ELSE named_struct('n', (CASE WHEN isnan(t.`c1`) THEN 0 ELSE 1 END), 'v', (CASE WHEN t.`c1` = 0 THEN CAST(0 AS DOUBLE) ELSE t.`c1` END), 'p', t.`__quiver_ri0`) END) OVER (ORDER BY t.`__quiver_pos` ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW).`p` AS `c6`, (-MAX(CASE WHEN t.`c3` IS NULL THEN NULL ELSE named_struct('v', t.`c3`, 'p', (-t.`__quiver_ri0`)) END) OVER (ORDER BY t.`__quiver_pos` ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW).`p`) AS `c7`, (CASE WHEN COUNT(t.`c1`) OVER (ORDER BY t.`__quiver_pos` ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) < 2 THEN NULL ELSE (CASE WHEN MIN(CASE WHEN t.`c1` IS NULL THEN NULL ELSE named_struct('n', (CASE WHEN isnan(t.`c1`) THEN 0 ELSE 1 END), 'v', (CASE WHEN t.`c1` = 0 THEN CAST(0 AS DOUBLE) ELSE t.`c1` END), 'p', t.`__quiver_ri0`, 'x', t.`c1`, 'z', (t.`c1` = 0 AND CAST(t.`c1` AS STRING) = '-0.0')) END) OVER (ORDER BY t.`__quiver_pos` ROWS BETWEEN 1 PRECEDING AND CURRENT ROW).`z` THEN CAST('-0.0' AS DOUBLE) ELSE MIN(CASE WHEN t.`c1` IS NULL THEN NULL ELSE named_struct('n', (CASE WHEN isnan(t.`c1`) THEN 0 ELSE 1 END), 'v', (CASE WHEN t.`c1` = 0 THEN CAST(0 AS DOUBLE) ELSE t.`c1` END), 'p', t.`__quiver_ri0`, 'x', t.`c1`, 'z', (t.`c1` = 0 AND CAST(t.`c1` AS STRING) = '-0.0')) END) OVER (ORDER BY t.`__quiver_pos` ROWS BETWEEN 1 PRECEDING AND CURRENT ROW).`x` END) END) AS `c8`, (CASE WHEN COUNT(t.`c0`) OVER (ORDER BY t.`__quiver_pos` ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) < 1 THEN NULL ELSE (-MAX(CASE WHEN t.`c0` IS NULL THEN NULL ELSE named_struct('v', t.`c0`, 'p', (-t.`__quiver_ri0`)) END) OVER (ORDER BY t.`__quiver_pos` ROWS BETWEEN 2 PRECEDING AND CURRENT ROW).`p`) END) AS `c9`, t.`__quiver_pos` AS `__quiver_pos` FROM (SELECT t.*, ROW_NUMBER() OVER (ORDER BY t.`__quiver_pos`) - 1 AS `__quiver_ri0`, ROW_NUMBER() OVER (PARTITION BY t.`c2` ORDER BY t.`__quiver_pos`) - 1 AS `__quiver_ri1` FROM q0 t) t)
SELECT `c0` AS `k`, `c1` AS `x`, `c2` AS `s`, `c3` AS `big`, `c4` AS `lo`, `c5` AS `hi`, `c6` AS `i`, `c7` AS `j`, `c8` AS `rlo`, `c9` AS `rj` FROM q1 ORDER BY `__quiver_pos`;

-- float running sum in row order
WITH q0 AS (SELECT `c0` AS `c0`, `c1` AS `c1`, `c2` AS `c2`, `c3` AS `c3`, `__quiver_pos` FROM quiver_source_0),
q1 AS (SELECT t.`c0` AS `c0`, t.`c1` AS `c1`, t.`c2` AS `c2`, t.`c3` AS `c3`, (CASE WHEN t.`c1` IS NULL THEN NULL ELSE aggregate(array_sort(collect_list(CASE WHEN t.`c1` IS NOT NULL THEN named_struct('p', t.`__quiver_pos`, 'v', t.`c1`) END) OVER (ORDER BY t.`__quiver_pos` ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)), CAST(0 AS DOUBLE), (a, e) -> a + e.v) END) AS `c4`, (CASE WHEN t.`c1` IS NULL THEN NULL ELSE aggregate(array_sort(collect_list(CASE WHEN t.`c1` IS NOT NULL THEN named_struct('p', t.`__quiver_pos`, 'v', t.`c1`) END) OVER (PARTITION BY t.`c0` ORDER BY t.`__quiver_pos` ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)), CAST(0 AS DOUBLE), (a, e) -> a + e.v) END) AS `c5`, t.`__quiver_pos` AS `__quiver_pos` FROM q0 t)
SELECT `c0` AS `k`, `c1` AS `x`, `c2` AS `s`, `c3` AS `big`, `c4` AS `cs`, `c5` AS `ck` FROM q1 ORDER BY `__quiver_pos`;

-- string functions
WITH q0 AS (SELECT `c0` AS `c0`, `c1` AS `c1`, `c2` AS `c2`, `c3` AS `c3`, `__quiver_pos` FROM quiver_source_0),
q1 AS (SELECT CAST(octet_length(t.`c2`) AS BIGINT) AS `c0`, CAST(length(t.`c2`) AS BIGINT) AS `c1`, (instr(t.`c2`, 'a') > 0) AS `c2`, (left(t.`c2`, 1) = 'a') AS `c3`, (CASE WHEN t.`c2` IS NULL THEN NULL ELSE TRUE END) AS `c4`, trim(BOTH '	
                  　﻿' FROM t.`c2`) AS `c5`, (CASE WHEN greatest(0, least(length(t.`c2`), ((length(t.`c2`) + -2) + 1))) > greatest(0, least(length(t.`c2`), (length(t.`c2`) + -2))) THEN substring(t.`c2`, greatest(0, least(length(t.`c2`), (length(t.`c2`) + -2))) + 1, greatest(0, least(length(t.`c2`), ((length(t.`c2`) + -2) + 1))) - greatest(0, least(length(t.`c2`), (length(t.`c2`) + -2)))) ELSE substring(t.`c2`, 1, 0) END) AS `c6`, (CASE WHEN instr(t.`c2`, 'a') = 0 THEN t.`c2` ELSE substring(t.`c2`, 1, instr(t.`c2`, 'a') - 1) || '$&' || substring(t.`c2`, instr(t.`c2`, 'a') + 1) END) AS `c7`, replace(t.`c2`, 'a\'', 'b') AS `c8`, try_element_at(split(t.`c2`, '\\Q.\\E', -1), -1) AS `c9`, (CASE WHEN t.`c2` = '' THEN NULL ELSE try_element_at(split(t.`c2`, '\\Q\\E', -1), 1) END) AS `c10`, t.`__quiver_pos` AS `__quiver_pos` FROM q0 t)
SELECT `c0` AS `b`, `c1` AS `n`, `c2` AS `c`, `c3` AS `p`, `c4` AS `e`, `c5` AS `t`, `c6` AS `sl`, `c7` AS `r`, `c8` AS `ra`, `c9` AS `g`, `c10` AS `g0` FROM q1 ORDER BY `__quiver_pos`;

-- casts between strings and numbers
WITH q0 AS (SELECT `c0` AS `c0`, `c1` AS `c1`, `c2` AS `c2`, `__quiver_pos` FROM quiver_source_0),
q1 AS (SELECT (CASE WHEN t.`c0` IS NULL THEN NULL WHEN (trim(BOTH '	
                  　﻿' FROM t.`c0`) RLIKE '^(?:[+-]?[0-9]+)\\z') THEN CAST(trim(BOTH '	
                  　﻿' FROM t.`c0`) AS BIGINT) ELSE raise_error('cast to Int64 failed: a string is not an integer') END) AS `c0`, (CASE WHEN t.`c1` IS NULL THEN NULL WHEN (trim(BOTH '	
                  　﻿' FROM t.`c1`) RLIKE '^(?:[+-]?(([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][+-]?[0-9]+)?|[nN][aA][nN]|[iI][nN][fF]([iI][nN][iI][tT][yY])?))\\z') THEN CAST(CAST(trim(BOTH '	
                  　﻿' FROM t.`c1`) AS DOUBLE) AS DOUBLE) ELSE raise_error('cast to Float64 failed: a string is not a number') END) AS `c1`, (CASE WHEN t.`c2` IS NULL THEN NULL WHEN lower(trim(BOTH '	
                  　﻿' FROM t.`c2`)) = 'true' THEN TRUE WHEN lower(trim(BOTH '	
                  　﻿' FROM t.`c2`)) = 'false' THEN FALSE ELSE raise_error('cast to Bool failed: a string is not true or false') END) AS `c2`, CAST((CASE WHEN t.`c0` IS NULL THEN NULL WHEN (trim(BOTH '	
                  　﻿' FROM t.`c0`) RLIKE '^(?:[+-]?[0-9]+)\\z') THEN CAST(trim(BOTH '	
                  　﻿' FROM t.`c0`) AS BIGINT) ELSE raise_error('cast to Int64 failed: a string is not an integer') END) AS STRING) AS `c3`, t.`__quiver_pos` AS `__quiver_pos` FROM q0 t)
SELECT `c0` AS `n`, `c1` AS `f`, `c2` AS `b`, `c3` AS `s` FROM q1 ORDER BY `__quiver_pos`;

-- date and time functions
WITH q0 AS (SELECT `c0` AS `c0`, `c1` AS `c1`, `__quiver_pos` FROM quiver_source_0),
q1 AS (SELECT CAST(year(t.`c0`) AS INT) AS `c0`, CAST(month(t.`c0`) AS INT) AS `c1`, CAST(dayofmonth(t.`c0`) AS INT) AS `c2`, CAST((weekday(t.`c0`) + 1) AS INT) AS `c3`, CAST(dayofyear(t.`c0`) AS INT) AS `c4`, CAST(hour(t.`c1`) AS INT) AS `c5`, CAST(minute(t.`c1`) AS INT) AS `c6`, CAST(second(t.`c1`) AS INT) AS `c7`, CAST(date_trunc('week', t.`c1`) AS TIMESTAMP_NTZ) AS `c8`, CAST(date_trunc('month', t.`c0`) AS DATE) AS `c9`, CAST((((CAST(timestampdiff(MICROSECOND, TIMESTAMP_NTZ '1970-01-01 00:00:00', t.`c1`) AS DECIMAL(38, 0)) * 1) - ((((CAST(timestampdiff(MICROSECOND, TIMESTAMP_NTZ '1970-01-01 00:00:00', t.`c1`) AS DECIMAL(38, 0)) * 1) % 1000) + 1000) % 1000)) div 1000) AS BIGINT) AS `c10`, CAST((((CAST(unix_date(t.`c0`) AS DECIMAL(38, 0)) * 86400000000) - ((((CAST(unix_date(t.`c0`) AS DECIMAL(38, 0)) * 86400000000) % 1000000) + 1000000) % 1000000)) div 1000000) AS BIGINT) AS `c11`, t.`__quiver_pos` AS `__quiver_pos` FROM q0 t)
SELECT `c0` AS `y`, `c1` AS `m`, `c2` AS `d`, `c3` AS `w`, `c4` AS `o`, `c5` AS `h`, `c6` AS `mi`, `c7` AS `s`, `c8` AS `tw`, `c9` AS `dm`, `c10` AS `ems`, `c11` AS `es` FROM q1 ORDER BY `__quiver_pos`;

-- when, isIn, fillNan
WITH q0 AS (SELECT `c0` AS `c0`, `c1` AS `c1`, `c2` AS `c2`, `c3` AS `c3`, `__quiver_pos` FROM quiver_source_0),
q1 AS (SELECT (CASE WHEN (CASE WHEN t.`c1` IS NULL OR CAST(0 AS INT) IS NULL THEN NULL WHEN isnan(t.`c1`) THEN FALSE ELSE (t.`c1` > CAST(0 AS INT)) END) THEN CAST(t.`c0` AS INT) ELSE CAST(NULL AS INT) END) AS `c0`, (CASE WHEN t.`c2` IS NULL THEN NULL ELSE t.`c2` = 'a' END) AS `c1`, (CASE WHEN isnan(t.`c1`) THEN CAST(CAST(0 AS INT) AS DOUBLE) ELSE CAST(t.`c1` AS DOUBLE) END) AS `c2`, t.`__quiver_pos` AS `__quiver_pos` FROM q0 t)
SELECT `c0` AS `w`, `c1` AS `i`, `c2` AS `f` FROM q1 ORDER BY `__quiver_pos`;

-- concat
WITH q0 AS (SELECT `c0` AS `c0`, `c1` AS `c1`, `c2` AS `c2`, `c3` AS `c3`, `__quiver_pos` FROM quiver_source_0),
q1 AS (SELECT `c0` AS `c0`, `c1` AS `c1`, `c2` AS `c2`, `c3` AS `c3`, `__quiver_pos` FROM quiver_source_1),
q2 AS (SELECT `c0`, `c1`, `c2`, `c3`, `__quiver_pos` FROM (SELECT *, ROW_NUMBER() OVER (ORDER BY `__quiver_pos`) - 1 AS `__quiver_rn` FROM q1) t WHERE `__quiver_rn` >= 1),
q3 AS (SELECT `c0`, `c1`, `c2`, `c3`, ROW_NUMBER() OVER (ORDER BY `__quiver_part`, `__quiver_pos`) - 1 AS `__quiver_pos` FROM (SELECT `c0`, `c1`, `c2`, `c3`, 0 AS `__quiver_part`, `__quiver_pos` FROM q0 UNION ALL SELECT `c0`, `c1`, `c2`, `c3`, 1 AS `__quiver_part`, `__quiver_pos` FROM q2) t)
SELECT `c0` AS `k`, `c1` AS `x`, `c2` AS `s`, `c3` AS `big` FROM q3 ORDER BY `__quiver_pos`;

-- unique, keeping the last
WITH q0 AS (SELECT `c0` AS `c0`, `c1` AS `c1`, `c2` AS `c2`, `c3` AS `c3`, `__quiver_pos` FROM quiver_source_0),
q1 AS (SELECT CAST(ROW_NUMBER() OVER (ORDER BY `__quiver_pos`) - 1 AS BIGINT) AS `c0`, `c0` AS `c1`, `c1` AS `c2`, `c2` AS `c3`, `c3` AS `c4`, `__quiver_pos` FROM q0),
q2 AS (SELECT `c1` AS `__quiver_k0`, MIN(`__quiver_pos`) AS `__quiver_first`, MAX(named_struct('p', `__quiver_pos`, 'x', `c1`)).`x` AS `__quiver_a0`, (CASE WHEN MAX(named_struct('p', `__quiver_pos`, 'x', `c2`, 'z', (`c2` = 0 AND CAST(`c2` AS STRING) = '-0.0'))).`z` THEN CAST('-0.0' AS DOUBLE) ELSE MAX(named_struct('p', `__quiver_pos`, 'x', `c2`, 'z', (`c2` = 0 AND CAST(`c2` AS STRING) = '-0.0'))).`x` END) AS `__quiver_a1`, MAX(named_struct('p', `__quiver_pos`, 'x', `c3`)).`x` AS `__quiver_a2`, MAX(named_struct('p', `__quiver_pos`, 'x', `c4`)).`x` AS `__quiver_a3`, MAX(named_struct('p', `__quiver_pos`, 'x', `c0`)).`x` AS `__quiver_a4` FROM q1 GROUP BY `c1`),
q3 AS (SELECT g.`__quiver_k0` AS `c0`, g.`__quiver_a0` AS `c1`, g.`__quiver_a1` AS `c2`, g.`__quiver_a2` AS `c3`, g.`__quiver_a3` AS `c4`, g.`__quiver_a4` AS `c5`, g.`__quiver_first` AS `__quiver_pos` FROM q2 g),
q4 AS (SELECT `c0`, `c1`, `c2`, `c3`, `c4`, `c5`, ROW_NUMBER() OVER (ORDER BY `c5` ASC NULLS LAST, `__quiver_pos`) - 1 AS `__quiver_pos` FROM q3),
q5 AS (SELECT t.`c1` AS `c0`, t.`c2` AS `c1`, t.`c3` AS `c2`, t.`c4` AS `c3`, t.`__quiver_pos` AS `__quiver_pos` FROM q4 t)
SELECT `c0` AS `k`, `c1` AS `x`, `c2` AS `s`, `c3` AS `big` FROM q5 ORDER BY `__quiver_pos`;

-- join inner
WITH q0 AS (SELECT `c0` AS `c0`, `c1` AS `c1`, `c2` AS `c2`, `c3` AS `c3`, `__quiver_pos` FROM quiver_source_0),
q1 AS (SELECT `c0` AS `c0`, `c1` AS `c1`, `__quiver_pos` FROM quiver_source_1),
q2 AS (SELECT l.`c0` AS `c0`, l.`c1` AS `c1`, l.`c2` AS `c2`, l.`c3` AS `c3`, r.`c1` AS `c4`, ROW_NUMBER() OVER (ORDER BY l.`__quiver_pos` NULLS LAST, r.`__quiver_pos`) - 1 AS `__quiver_pos` FROM q0 l INNER JOIN q1 r ON l.`c0` = r.`c0`)
SELECT `c0` AS `k`, `c1` AS `x`, `c2` AS `s`, `c3` AS `big`, `c4` AS `y` FROM q2 ORDER BY `__quiver_pos`;

-- join left
WITH q0 AS (SELECT `c0` AS `c0`, `c1` AS `c1`, `c2` AS `c2`, `c3` AS `c3`, `__quiver_pos` FROM quiver_source_0),
q1 AS (SELECT `c0` AS `c0`, `c1` AS `c1`, `__quiver_pos` FROM quiver_source_1),
q2 AS (SELECT l.`c0` AS `c0`, l.`c1` AS `c1`, l.`c2` AS `c2`, l.`c3` AS `c3`, r.`c1` AS `c4`, ROW_NUMBER() OVER (ORDER BY l.`__quiver_pos` NULLS LAST, r.`__quiver_pos`) - 1 AS `__quiver_pos` FROM q0 l LEFT JOIN q1 r ON l.`c0` = r.`c0`)
SELECT `c0` AS `k`, `c1` AS `x`, `c2` AS `s`, `c3` AS `big`, `c4` AS `y` FROM q2 ORDER BY `__quiver_pos`;

-- join right
WITH q0 AS (SELECT `c0` AS `c0`, `c1` AS `c1`, `c2` AS `c2`, `c3` AS `c3`, `__quiver_pos` FROM quiver_source_0),
q1 AS (SELECT `c0` AS `c0`, `c1` AS `c1`, `__quiver_pos` FROM quiver_source_1),
q2 AS (SELECT l.`c1` AS `c0`, l.`c2` AS `c1`, l.`c3` AS `c2`, r.`c0` AS `c3`, r.`c1` AS `c4`, ROW_NUMBER() OVER (ORDER BY r.`__quiver_pos`, l.`__quiver_pos`) - 1 AS `__quiver_pos` FROM q0 l RIGHT JOIN q1 r ON l.`c0` = r.`c0`)
SELECT `c0` AS `x`, `c1` AS `s`, `c2` AS `big`, `c3` AS `k`, `c4` AS `y` FROM q2 ORDER BY `__quiver_pos`;

-- join full
WITH q0 AS (SELECT `c0` AS `c0`, `c1` AS `c1`, `c2` AS `c2`, `c3` AS `c3`, `__quiver_pos` FROM quiver_source_0),
q1 AS (SELECT `c0` AS `c0`, `c1` AS `c1`, `__quiver_pos` FROM quiver_source_1),
q2 AS (SELECT l.`c0` AS `c0`, l.`c1` AS `c1`, l.`c2` AS `c2`, l.`c3` AS `c3`, r.`c0` AS `c4`, r.`c1` AS `c5`, ROW_NUMBER() OVER (ORDER BY l.`__quiver_pos` NULLS LAST, r.`__quiver_pos`) - 1 AS `__quiver_pos` FROM q0 l FULL OUTER JOIN q1 r ON l.`c0` = r.`c0`)
SELECT `c0` AS `k`, `c1` AS `x`, `c2` AS `s`, `c3` AS `big`, `c4` AS `k_right`, `c5` AS `y` FROM q2 ORDER BY `__quiver_pos`;

-- join semi
WITH q0 AS (SELECT `c0` AS `c0`, `c1` AS `c1`, `c2` AS `c2`, `c3` AS `c3`, `__quiver_pos` FROM quiver_source_0),
q1 AS (SELECT `c0` AS `c0`, `c1` AS `c1`, `__quiver_pos` FROM quiver_source_1),
q2 AS (SELECT l.`c0` AS `c0`, l.`c1` AS `c1`, l.`c2` AS `c2`, l.`c3` AS `c3`, l.`__quiver_pos` AS `__quiver_pos` FROM q0 l WHERE EXISTS (SELECT 1 FROM q1 r WHERE l.`c0` = r.`c0`))
SELECT `c0` AS `k`, `c1` AS `x`, `c2` AS `s`, `c3` AS `big` FROM q2 ORDER BY `__quiver_pos`;

-- join anti
WITH q0 AS (SELECT `c0` AS `c0`, `c1` AS `c1`, `c2` AS `c2`, `c3` AS `c3`, `__quiver_pos` FROM quiver_source_0),
q1 AS (SELECT `c0` AS `c0`, `c1` AS `c1`, `__quiver_pos` FROM quiver_source_1),
q2 AS (SELECT l.`c0` AS `c0`, l.`c1` AS `c1`, l.`c2` AS `c2`, l.`c3` AS `c3`, l.`__quiver_pos` AS `__quiver_pos` FROM q0 l WHERE NOT EXISTS (SELECT 1 FROM q1 r WHERE l.`c0` = r.`c0`))
SELECT `c0` AS `k`, `c1` AS `x`, `c2` AS `s`, `c3` AS `big` FROM q2 ORDER BY `__quiver_pos`;

-- join cross
WITH q0 AS (SELECT `c0` AS `c0`, `c1` AS `c1`, `c2` AS `c2`, `c3` AS `c3`, `__quiver_pos` FROM quiver_source_0),
q1 AS (SELECT `c0` AS `c0`, `c1` AS `c1`, `__quiver_pos` FROM quiver_source_1),
q2 AS (SELECT l.`c0` AS `c0`, l.`c1` AS `c1`, l.`c2` AS `c2`, l.`c3` AS `c3`, r.`c0` AS `c4`, r.`c1` AS `c5`, ROW_NUMBER() OVER (ORDER BY l.`__quiver_pos` NULLS LAST, r.`__quiver_pos`) - 1 AS `__quiver_pos` FROM q0 l CROSS JOIN q1 r)
SELECT `c0` AS `k`, `c1` AS `x`, `c2` AS `s`, `c3` AS `big`, `c4` AS `k_right`, `c5` AS `y` FROM q2 ORDER BY `__quiver_pos`;
