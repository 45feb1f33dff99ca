/**
 * The public JSON API under {@code /api/public/}: no account, GET only, CORS open, ETag-cached,
 * within the public request budget.
 */
package id.go.lampungprov.kkb.portal.rest;
