/**
 * The recap and profile read models: figures per region gathered from every context, and the
 * queries that count them without loading records one by one.
 */
package id.go.lampungprov.kkb.reporting.domain;
