/**
 * The reporting rates and the missing reports of an area, and the submission, approval and
 * reopening of a regency's month, always within the caller's scope ({@code ScopeGuard}); the Inpres
 * tags of an intervention, changed only by those who may change the intervention ({@code
 * InpresTagging}), and the Inpres recap of an area ({@code InpresRecapService}).
 */
package id.go.lampungprov.kkb.monitoring.application;
