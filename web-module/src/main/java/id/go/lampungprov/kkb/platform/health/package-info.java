/**
 * MicroProfile health checks served by Payara at {@code /health/ready} and {@code /health/live}.
 */
package id.go.lampungprov.kkb.platform.health;
