package vn.ocop.infra;

import java.util.Map;

/**
 * One service's database and its two login roles: the owner, which runs the migrations and owns every table, and the
 * runtime role the service connects as, with the DML the migrations grant it (no TRUNCATE, no DDL, no triggers). The
 * names are {@code <database>_owner} and {@code <database>_app}; the passwords are for tests and the local stack only.
 */
public record ServiceDatabase(String jdbcUrl, String owner, String ownerPassword, String runtime,
                              String runtimePassword) {

    static ServiceDatabase of(String jdbcUrl, String database) {
        return new ServiceDatabase(jdbcUrl, database + "_owner", database + "-owner-local", database + "_app",
                database + "-app-local");
    }

    /** Quarkus configuration: the datasource as the runtime role, Flyway as the owner. */
    public Map<String, String> quarkusConfig() {
        return Map.of("quarkus.datasource.jdbc.url", jdbcUrl,
                "quarkus.datasource.username", runtime,
                "quarkus.datasource.password", runtimePassword,
                "quarkus.flyway.username", owner,
                "quarkus.flyway.password", ownerPassword);
    }

    /** The same as environment variables of a service process ({@code QUARKUS_DATASOURCE_USERNAME}, ...). */
    public Map<String, String> environment() {
        Map<String, String> environment = new java.util.HashMap<>();
        quarkusConfig().forEach((key, value) ->
                environment.put(key.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_'), value));
        return environment;
    }
}
