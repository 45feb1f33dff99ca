/**
 * The public portal's read-only service: what anyone may read without an account (aggregate
 * statistics, the directory, public profiles, map points), mapped field by field into the public
 * views of {@link id.go.lampungprov.kkb.portal.application.PublicViews}, never into entities or
 * staff transfer objects, so nothing added to a staff record becomes public by itself. No person's
 * name, NIK or phone number is among them.
 */
package id.go.lampungprov.kkb.portal.application;
