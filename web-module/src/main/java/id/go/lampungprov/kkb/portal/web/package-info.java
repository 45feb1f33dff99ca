/**
 * The public portal's pages under {@code /publik/}, and the filter every public request passes: the
 * request budget, CORS for the API, the map's tile server in the page's policy.
 */
package id.go.lampungprov.kkb.portal.web;
