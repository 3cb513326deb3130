WITH q0 AS (SELECT `c0` AS `c0`, `c1` AS `c1`, `__quiver_pos` FROM quiver_source_0),
q1 AS (SELECT * FROM q0 WHERE (CASE WHEN `c1` IS NULL OR CAST(0 AS INT) IS NULL THEN NULL WHEN isnan(`c1`) THEN FALSE ELSE (`c1` > CAST(0 AS INT)) END)),
q2 AS (SELECT `c0` AS `__quiver_k0`, MIN(`__quiver_pos`) AS `__quiver_first`, MIN(CASE WHEN `c1` IS NULL THEN NULL ELSE named_struct('n', (CASE WHEN isnan(`c1`) THEN 0 ELSE 1 END), 'v', (CASE WHEN `c1` = 0 THEN CAST(0 AS DOUBLE) ELSE `c1` END), 'p', `__quiver_pos`) END).`p` AS `__quiver_a0` FROM q1 GROUP BY `c0`),
q3 AS (SELECT `__quiver_pos`, `c0` AS `__quiver_rk0` FROM q1),
q4 AS (SELECT g.`__quiver_first` AS `__quiver_first`, SUM(CASE WHEN r.`__quiver_pos` < g.`__quiver_a0` THEN 1 ELSE 0 END) AS `__quiver_c0` FROM q2 g JOIN q3 r ON r.`__quiver_rk0` IS NOT DISTINCT FROM g.`__quiver_k0` GROUP BY g.`__quiver_first`),
q5 AS (SELECT g.`__quiver_k0` AS `c0`, (CASE WHEN g.`__quiver_a0` IS NULL THEN NULL ELSE CAST(COALESCE(c.`__quiver_c0`, 0) AS BIGINT) END) AS `c1`, g.`__quiver_first` AS `__quiver_pos` FROM q2 g LEFT JOIN q4 c ON c.`__quiver_first` = g.`__quiver_first`)
SELECT `c0` AS `zone`, `c1` AS `cheapest` FROM q5 ORDER BY `__quiver_pos`
