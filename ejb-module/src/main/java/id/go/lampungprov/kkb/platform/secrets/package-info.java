/**
 * Secret keys the application needs (NIK encryption, check-in link signing): from configuration in
 * production, generated once into the data directory for development.
 */
package id.go.lampungprov.kkb.platform.secrets;
