/**
 * The application's one data source (embedded H2 by default, PostgreSQL when {@code DB_URL} says
 * so) and the Flyway migrations that own the schema. Nothing else creates or alters tables.
 */
package id.go.lampungprov.kkb.platform.persistence;
