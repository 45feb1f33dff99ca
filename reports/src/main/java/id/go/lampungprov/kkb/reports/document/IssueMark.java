package id.go.lampungprov.kkb.reports.document;

/**
 * What an issued document prints beyond its draft: number and the QR code of its verification page.
 *
 * @param qrPng the QR code of {@code verifyUrl}, as PNG
 * @param signer who signs, as the letterhead's second line names the issuer
 * @param external signed outside this system (BSrE), not by the installation
 */
public record IssueMark(
    String number, byte[] qrPng, String verifyUrl, String signer, boolean external) {}
