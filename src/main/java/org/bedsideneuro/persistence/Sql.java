package org.bedsideneuro.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Small helpers for prepared statements: parameters bound in order, rows mapped by a function. */
final class Sql {
    private Sql() {
    }

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            return ps.executeUpdate();
        }
    }

    static <T> List<T> list(Connection c, String sql, RowMapper<T> mapper, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            return query(ps, mapper, params);
        }
    }

    /** {@link #update(Connection, String, Object...)} with the transaction's reused statement ({@link Session#prepared}). */
    static int update(Session s, String sql, Object... params) throws SQLException {
        PreparedStatement ps = s.prepared(sql);
        bind(ps, params);
        return ps.executeUpdate();
    }

    /**
     * {@link #list(Connection, String, RowMapper, Object...)} with the transaction's reused statement; the mapper must
     * not run the same SQL again.
     */
    static <T> List<T> list(Session s, String sql, RowMapper<T> mapper, Object... params) throws SQLException {
        return query(s.prepared(sql), mapper, params);
    }

    /** Binds {@code params}, runs the query and maps every row; the statement stays open (its owner closes it). */
    private static <T> List<T> query(PreparedStatement ps, RowMapper<T> mapper, Object... params) throws SQLException {
        bind(ps, params);
        try (ResultSet rs = ps.executeQuery()) {
            List<T> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(mapper.map(rs));
            }
            return rows;
        }
    }

    @FunctionalInterface
    interface RowConsumer {
        void accept(ResultSet rs) throws SQLException;
    }

    /**
     * Runs the query and hands every row to {@code consumer} as it arrives, keeping none: for reads of a whole table
     * (the tamper check). The fetch size lets PostgreSQL stream too inside a transaction; SQLite streams anyway.
     */
    static void each(Connection c, String sql, RowConsumer consumer, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setFetchSize(1_000);
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    consumer.accept(rs);
                }
            }
        }
    }

    /** {@link #each(Connection, String, RowConsumer, Object...)} with the transaction's reused statement. */
    static void each(Session s, String sql, RowConsumer consumer, Object... params) throws SQLException {
        PreparedStatement ps = s.prepared(sql);
        bind(ps, params);
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                consumer.accept(rs);
            }
        }
    }

    static <T> Optional<T> one(Session s, String sql, RowMapper<T> mapper, Object... params) throws SQLException {
        List<T> rows = list(s, sql, mapper, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    static <T> Optional<T> one(Connection c, String sql, RowMapper<T> mapper, Object... params) throws SQLException {
        List<T> rows = list(c, sql, mapper, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            bindOne(ps, i + 1, params[i]);
        }
    }

    static void bindOne(PreparedStatement ps, int index, Object p) throws SQLException {
        if (p instanceof Boolean b) {
            ps.setBoolean(index, b); // SQLite answers 1, PostgreSQL true: never compare booleans to 1 in SQL
        } else if (p instanceof Long l) {
            ps.setLong(index, l);
        } else if (p instanceof Integer n) {
            ps.setInt(index, n);
        } else if (p == null) {
            // Types.NULL, not VARCHAR: PostgreSQL refuses a NULL typed as text for a BIGINT column (stop_at);
            // SQLite ignores the type either way.
            ps.setNull(index, Types.NULL);
        } else {
            ps.setString(index, p.toString());
        }
    }

    static long millis(Instant instant) {
        return instant.toEpochMilli();
    }

    static int offsetSeconds(OffsetDateTime time) {
        return time.getOffset().getTotalSeconds();
    }

    /** A time stored as UTC epoch milliseconds plus the offset it was recorded in. */
    static OffsetDateTime time(long millis, int offsetSeconds) {
        return OffsetDateTime.ofInstant(Instant.ofEpochMilli(millis), ZoneOffset.ofTotalSeconds(offsetSeconds));
    }

    static OffsetDateTime nullableTime(ResultSet rs, String millisColumn, String offsetColumn) throws SQLException {
        long millis = rs.getLong(millisColumn);
        if (rs.wasNull()) {
            return null;
        }
        return time(millis, rs.getInt(offsetColumn));
    }
}
