package vn.ocop.infra;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Owns an administrative connection to a PostgreSQL server (database creation). */
public final class PostgresAdmin implements AutoCloseable {

    private final Connection connection;

    private PostgresAdmin(Connection connection) {
        this.connection = connection;
    }

    public static PostgresAdmin connect(int port) {
        try {
            return new PostgresAdmin(DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres",
                    EmbeddedPostgresServer.USER, EmbeddedPostgresServer.PASSWORD));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to PostgreSQL on port " + port, e);
        }
    }

    /** Creates the database unless it exists already. */
    public void createDatabase(String database) {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("database name must be a plain identifier: " + database);
        }
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("select 1 from pg_database where datname = '" + database + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            statement.execute("create database " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + database, e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // nothing to do
        }
    }
}
