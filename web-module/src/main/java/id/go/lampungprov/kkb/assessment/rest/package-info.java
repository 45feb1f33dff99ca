/** JSON resources of classification under {@code /api/classifications}. */
package id.go.lampungprov.kkb.assessment.rest;
