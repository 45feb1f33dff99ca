/**
 * The COE assessment pages (Penilaian COE): the list, the scoring form, consolidation, workflow.
 */
package id.go.lampungprov.kkb.assessment.web;
