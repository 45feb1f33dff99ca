/** JPA repositories of classifications and assessments. */
package id.go.lampungprov.kkb.assessment.infrastructure;
