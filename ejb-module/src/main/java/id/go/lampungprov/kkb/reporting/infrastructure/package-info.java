/** Aggregate SQL for the recaps: one grouped query per figure, not one query per region. */
package id.go.lampungprov.kkb.reporting.infrastructure;
