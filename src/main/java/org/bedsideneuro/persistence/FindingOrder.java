package org.bedsideneuro.persistence;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bedsideneuro.domain.finding.FindingCode;

/**
 * The order in which one database sorts finding keys (code, side), as chain verification reads an exam's findings
 * ({@code ORDER BY code, side}). An exam's hash is computed from its findings as written, so they must be put in that
 * order; on PostgreSQL it follows the database's collation, which Java's own sort would not match for every code.
 * The database sorts every key the app can write once, in a query over no table, and saves sort by that rank: one
 * round trip per database instead of one per save. A key outside the ranks (none today: codes
 * come from {@link FindingCode}) is sorted by the database as it is written.
 */
final class FindingOrder {
    private static final List<String> SIDES = List.of("", "L", "R"); // V1: CHECK (side IN ('', 'L', 'R'))

    private volatile Map<String, Integer> ranks;

    /** {@code rows} (code, side, value, note) in the database's order of (code, side). */
    List<String[]> sorted(Session s, List<String[]> rows) throws SQLException {
        Map<String, Integer> known = ranks(s);
        if (rows.stream().allMatch(r -> known.containsKey(key(r[0], r[1])))) {
            List<String[]> out = new ArrayList<>(rows);
            out.sort(Comparator.comparing(r -> known.get(key(r[0], r[1]))));
            return out;
        }
        List<String[]> out = new ArrayList<>(rows.size());
        for (int i : databaseOrder(s, rows)) {
            out.add(rows.get(i));
        }
        return out;
    }

    private Map<String, Integer> ranks(Session s) throws SQLException {
        Map<String, Integer> known = ranks;
        if (known == null) {
            List<String[]> all = new ArrayList<>();
            for (FindingCode code : FindingCode.values()) {
                for (String side : SIDES) {
                    all.add(new String[] {code.code(), side});
                }
            }
            known = new HashMap<>();
            int rank = 0;
            for (int i : databaseOrder(s, all)) {
                known.put(key(all.get(i)[0], all.get(i)[1]), rank++);
            }
            ranks = known;
        }
        return known;
    }

    private static String key(String code, String side) {
        return code + '\u0000' + side;
    }

    /**
     * The positions of {@code rows} (code first, side second) as the database orders them: a query over no table
     * (no row read, no lock), in the same collation as the finding columns (the database's default).
     */
    static List<Integer> databaseOrder(Session s, List<String[]> rows) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT column1 FROM (VALUES ");
        Object[] params = new Object[rows.size() * 3];
        for (int i = 0; i < rows.size(); i++) {
            sql.append(i == 0 ? "(?, ?, ?)" : ", (?, ?, ?)");
            params[3 * i] = i;
            params[3 * i + 1] = rows.get(i)[0];
            params[3 * i + 2] = rows.get(i)[1];
        }
        sql.append(") AS written ORDER BY column2, column3");
        return Sql.list(s, sql.toString(), rs -> rs.getInt(1), params);
    }
}
