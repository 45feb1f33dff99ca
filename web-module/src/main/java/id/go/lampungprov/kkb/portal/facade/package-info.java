/**
 * The public portal's answers as the API and the pages share them: statistics tables as CSV and
 * XLSX, and the entity tags of public answers.
 */
package id.go.lampungprov.kkb.portal.facade;
