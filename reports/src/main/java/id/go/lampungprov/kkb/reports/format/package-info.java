/**
 * How official documents write things: dates and weekdays in Bahasa Indonesia, computed from the
 * date and never typed by hand (the seed article says "Kamis" for 5 June 2020, which was a Friday).
 */
package id.go.lampungprov.kkb.reports.format;
