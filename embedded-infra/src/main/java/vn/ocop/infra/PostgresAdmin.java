package vn.ocop.infra;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Owns an administrative connection to a PostgreSQL server (databases and their roles). */
public final class PostgresAdmin implements AutoCloseable {

    private final Connection connection;
    private final int port;

    private PostgresAdmin(Connection connection, int port) {
        this.connection = connection;
        this.port = port;
    }

    public static PostgresAdmin connect(int port) {
        try {
            return new PostgresAdmin(DriverManager.getConnection(url(port, "postgres"), EmbeddedPostgresServer.USER,
                    EmbeddedPostgresServer.PASSWORD), port);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to PostgreSQL on port " + port, e);
        }
    }

    private static String url(int port, String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    /** Creates the database unless it exists already. */
    public void createDatabase(String database) {
        requireIdentifier(database);
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

    /**
     * Creates (once) a service's database owned by its owner role, and the runtime role the service connects as. A
     * database created before the roles existed (an older local stack) is handed over to the owner with everything
     * in it, so its migrations can go on as the owner.
     */
    public ServiceDatabase createServiceDatabase(String database) {
        createDatabase(database);
        ServiceDatabase roles = ServiceDatabase.of(url(port, database), database);
        try (Statement statement = connection.createStatement()) {
            createLoginRole(statement, roles.owner(), roles.ownerPassword());
            createLoginRole(statement, roles.runtime(), roles.runtimePassword());
            statement.execute("alter database " + database + " owner to " + roles.owner());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the roles of " + database, e);
        }
        try (Connection db = DriverManager.getConnection(roles.jdbcUrl(), EmbeddedPostgresServer.USER,
                EmbeddedPostgresServer.PASSWORD); Statement statement = db.createStatement()) {
            statement.execute("revoke create on schema public from public");
            statement.execute(HAND_OVER.replace("{owner}", roles.owner()));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot hand " + database + " over to " + roles.owner(), e);
        }
        return roles;
    }

    /** Tables first (their indexes and serial sequences follow them), then what is left: sequences, functions. */
    private static final String HAND_OVER = """
            do $$
            declare r record;
            begin
                for r in select c.oid::regclass as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
                         where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm')
                           and c.relowner <> '{owner}'::regrole loop
                    execute format('alter table %s owner to {owner}', r.name);
                end loop;
                for r in select c.oid::regclass as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
                         where n.nspname = 'public' and c.relkind = 'S' and c.relowner <> '{owner}'::regrole loop
                    execute format('alter sequence %s owner to {owner}', r.name);
                end loop;
                for r in select p.oid::regprocedure as name from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                         where n.nspname = 'public' and p.proowner <> '{owner}'::regrole loop
                    execute format('alter function %s owner to {owner}', r.name);
                end loop;
            end;
            $$""";

    private static void createLoginRole(Statement statement, String role, String password) throws SQLException {
        requireIdentifier(role);
        try (ResultSet rs = statement.executeQuery("select 1 from pg_roles where rolname = '" + role + "'")) {
            if (rs.next()) {
                return;
            }
        }
        statement.execute("create role " + role + " login password '" + password.replace("'", "''") + "'");
    }

    private static void requireIdentifier(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("must be a plain identifier: " + name);
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
