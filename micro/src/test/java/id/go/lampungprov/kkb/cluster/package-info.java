/**
 * The failover test of two Payara Micro instances behind HAProxy on one PostgreSQL database,
 * started with {@code cluster.sh} as an operator would start them: one instance is killed under
 * load while API clients write and a staff user has a form open in a browser. Accounts, HTTP
 * callers, request bodies and the browser are the it module's ({@code id.go.lampungprov.kkb.it}, on
 * the test classpath as its test-jar), pointed at the balancer or at one instance.
 */
package id.go.lampungprov.kkb.cluster;
