package id.go.lampungprov.kkb.reports.document;

/**
 * What an issued document prints beyond its draft: number and the QR code of its verification page.
 *
 * @param qrPng the QR code of {@code verifyUrl}, as PNG
 * @param signer who signs, as the letterhead's second line names the issuer
 * @param signing how the document is signed, which decides what its footer may claim
 */
public record IssueMark(
    String number, byte[] qrPng, String verifyUrl, String signer, Signing signing) {

  /**
   * How an issued document is signed, as its footer says it. Only {@link #BSRE} may name BSrE and
   * BSSN: an official document must never claim a certified signature it does not carry.
   */
  public enum Signing {
    /** Signed with this installation's own certificate, not a certified (BSrE) one. */
    INSTALLATION,
    /** Signed through the province's BSrE gateway with the signatory's certified certificate. */
    BSRE,
    /** Issued unsigned and signed outside the system, uploaded back; the tool is not known. */
    EXTERNAL
  }
}
