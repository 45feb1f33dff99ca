/** Classifications (and later assessments) as DTOs. */
package id.go.lampungprov.kkb.assessment.facade;
