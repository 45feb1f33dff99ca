/**
 * Classification of Kampung KB (Dasar, Berkembang, Mandiri, Berkelanjutan) by a versioned rule set
 * that explains every result, and the COE assessment by a jury.
 */
package id.go.lampungprov.kkb.assessment.domain;
