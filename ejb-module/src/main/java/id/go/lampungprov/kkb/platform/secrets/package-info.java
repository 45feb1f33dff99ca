/**
 * Secret keys the application needs (NIK encryption, check-in link signing, the development signing
 * keystore, the first administrator's password): from configuration in production, generated once,
 * owner-only and atomically, into the secrets directory (outside the data directory) for
 * development.
 */
package id.go.lampungprov.kkb.platform.secrets;
