/**
 * What each official document prints, one record per report, in plain values: no template keys, no
 * markup, no prose. {@link id.go.lampungprov.kkb.reports.engine.TemplateParameters} turns them into
 * the templates' parameters with the texts of {@code texts.properties}.
 */
package id.go.lampungprov.kkb.reports.document;
