/**
 * The public portal's read queries: the directory with its class filter, events held, map points.
 */
package id.go.lampungprov.kkb.portal.infrastructure;
