/**
 * The failover test of two Payara Micro instances behind HAProxy on one PostgreSQL database,
 * started with {@code cluster.sh} as an operator would start them: one instance is killed under
 * load while API clients write and a staff user has a form open in a browser.
 */
package id.go.lampungprov.kkb.cluster;
