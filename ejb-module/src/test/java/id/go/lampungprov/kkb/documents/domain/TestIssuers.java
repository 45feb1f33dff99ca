package id.go.lampungprov.kkb.documents.domain;

/** Issuers for unit tests: an issuer's code is set by the database only, so a subclass tells it. */
public final class TestIssuers {

  private TestIssuers() {}

  /** The province's family-planning office, as the demo data configures it. */
  public static Issuer dpppa() {
    Issuer issuer =
        new Issuer() {
          @Override
          public String code() {
            return "DPPPA";
          }
        };
    issuer.change(
        new Issuer.Details(
            "PEMERINTAH PROVINSI LAMPUNG",
            "DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK",
            "Jl. Basuki Rahmat No. 30, Bandar Lampung",
            "400.13.1/{seq}/DPPPA/{year}",
            "DPPPA",
            "Dr. Uji Kepala Dinas",
            "Kepala Dinas",
            null,
            null,
            "Bandar Lampung"));
    return issuer;
  }
}
