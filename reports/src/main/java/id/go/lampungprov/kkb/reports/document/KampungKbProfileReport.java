package id.go.lampungprov.kkb.reports.document;

import id.go.lampungprov.kkb.reports.model.ProfileRow;
import java.util.List;

/**
 * The Profil Kampung KB.
 *
 * @param mark null for a draft
 * @param subject its name and where it lies
 */
public record KampungKbProfileReport(
    Letterhead letterhead,
    IssueMark mark,
    Signature signature,
    String subject,
    List<ProfileRow> rows)
    implements Report {}
