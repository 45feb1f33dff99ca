/** Use cases of classification and assessment: recompute on change, history, statistics. */
package id.go.lampungprov.kkb.assessment.application;
