/**
 * The reporting rates and the missing reports of an area, and the submission, approval and
 * reopening of a regency's month, always within the caller's scope ({@code ScopeGuard}).
 */
package id.go.lampungprov.kkb.monitoring.application;
