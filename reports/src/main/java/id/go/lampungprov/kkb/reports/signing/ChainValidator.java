package id.go.lampungprov.kkb.reports.signing;

import java.security.GeneralSecurityException;
import java.security.InvalidAlgorithmParameterException;
import java.security.cert.CertPath;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertStore;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXCertPathBuilderResult;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides whether a signer's certificate is trusted: this installation's own, or with a chain to a
 * configured authority (Java's PKIX builder and validator, revocation off: the server has no
 * internet, so OCSP and CRLs cannot be fetched, and the answer says so).
 */
public final class ChainValidator {

  private final TrustAnchors anchors;
  private final X509Certificate installation;

  /**
   * @param installation this installation's own signing certificate, trusted for the documents it
   *     issued; may be null
   */
  public ChainValidator(TrustAnchors anchors, X509Certificate installation) {
    this.anchors = anchors;
    this.installation = installation;
  }

  /**
   * @param signer the certificate that verified the signature
   * @param carried the other certificates the signature carries (e.g. intermediates)
   */
  public Trust validate(X509Certificate signer, Collection<X509Certificate> carried, Instant at) {
    if (installation != null && installation.equals(signer)) {
      return aboutSignerAlone(
          Trust.Status.INSTALLATION,
          signer,
          "signed by "
              + name(signer)
              + ", this installation's own certificate (trusted for the documents it issued; not"
              + " a certified BSrE signature)",
          null);
    }
    if (!forSigning(signer)) {
      return aboutSignerAlone(
          Trust.Status.NOT_FOR_SIGNING,
          signer,
          "the certificate of " + name(signer) + " is not meant for signing documents (key usage)",
          null);
    }
    Set<TrustAnchor> trustAnchors =
        anchors.anchors().stream().map(c -> new TrustAnchor(c, null)).collect(Collectors.toSet());
    if (trustAnchors.isEmpty()) {
      return unknown(signer, "no certification authority is configured (KKB_TRUSTED_CERTIFICATES)");
    }
    if (anchors.certificates().contains(signer)) {
      // The IT department configured this very certificate.
      try {
        signer.checkValidity(Date.from(at));
      } catch (CertificateExpiredException | CertificateNotYetValidException e) {
        return expired(signer, signer, List.of(name(signer)), signer);
      }
      return aboutSignerAlone(
          Trust.Status.TRUSTED,
          signer,
          "signed by " + name(signer) + ", a configured certificate (revocation not checked)",
          signer);
    }
    try {
      // Build the chain as of the moment the signer's certificate began, so an expired link is
      // still found and can be named; then validate it as of now.
      CertPath path = build(signer, carried, trustAnchors, signer.getNotBefore());
      if (path == null) {
        return unknown(signer, "certificate not issued by a configured authority");
      }
      List<X509Certificate> links = new ArrayList<>();
      path.getCertificates().forEach(c -> links.add((X509Certificate) c));
      X509Certificate anchor = anchorOf(links, trustAnchors);
      List<String> chain = new ArrayList<>(links.stream().map(ChainValidator::name).toList());
      chain.add(name(anchor));
      try {
        PKIXParameters params = new PKIXParameters(trustAnchors);
        params.setRevocationEnabled(false);
        params.setDate(Date.from(at));
        CertPathValidator.getInstance("PKIX").validate(path, params);
        anchor.checkValidity(Date.from(at));
      } catch (CertPathValidatorException e) {
        if (e.getReason() == CertPathValidatorException.BasicReason.EXPIRED
            || e.getReason() == CertPathValidatorException.BasicReason.NOT_YET_VALID) {
          int index = Math.max(0, e.getIndex());
          X509Certificate bad = links.get(Math.min(index, links.size() - 1));
          return expired(signer, bad, chain, anchor);
        }
        String why = "the chain of " + name(signer) + " to " + name(anchor) + " is not valid: ";
        return answer(Trust.Status.UNKNOWN_AUTHORITY, signer, why + e.getMessage(), chain, null);
      } catch (CertificateExpiredException | CertificateNotYetValidException e) {
        return expired(signer, anchor, chain, anchor);
      }
      String to = "chain to the configured authority " + name(anchor);
      return answer(
          Trust.Status.TRUSTED,
          signer,
          "signed by " + name(signer) + ", " + to + " (revocation not checked)",
          chain,
          anchor);
    } catch (GeneralSecurityException e) {
      return unknown(signer, "certificate not issued by a configured authority");
    }
  }

  private CertPath build(
      X509Certificate signer,
      Collection<X509Certificate> carried,
      Set<TrustAnchor> trustAnchors,
      Date when)
      throws GeneralSecurityException {
    X509CertSelector target = new X509CertSelector();
    target.setCertificate(signer);
    PKIXBuilderParameters params;
    try {
      params = new PKIXBuilderParameters(trustAnchors, target);
    } catch (InvalidAlgorithmParameterException e) {
      return null;
    }
    params.setRevocationEnabled(false);
    params.setDate(when);
    List<X509Certificate> pool = new ArrayList<>(anchors.intermediates());
    pool.addAll(carried);
    pool.add(signer);
    params.addCertStore(
        CertStore.getInstance("Collection", new CollectionCertStoreParameters(pool)));
    try {
      return ((PKIXCertPathBuilderResult) CertPathBuilder.getInstance("PKIX").build(params))
          .getCertPath();
    } catch (CertPathBuilderException e) {
      return null;
    }
  }

  private static X509Certificate anchorOf(List<X509Certificate> links, Set<TrustAnchor> anchors) {
    X509Certificate top = links.get(links.size() - 1);
    return anchors.stream()
        .map(TrustAnchor::getTrustedCert)
        .filter(a -> a.getSubjectX500Principal().equals(top.getIssuerX500Principal()))
        .findFirst()
        .orElse(top);
  }

  private static Trust expired(
      X509Certificate signer, X509Certificate bad, List<String> chain, X509Certificate anchor) {
    String which =
        bad.equals(signer)
            ? "the certificate of " + name(signer)
            : "the certificate " + name(bad) + " in its chain";
    String valid = bad.getNotBefore().toInstant() + " to " + bad.getNotAfter().toInstant();
    String reason = which + " is expired or not yet valid (valid " + valid + ")";
    return answer(Trust.Status.EXPIRED, signer, reason, chain, anchor);
  }

  private static Trust unknown(X509Certificate signer, String why) {
    String issuer = signer.getIssuerX500Principal().getName();
    return aboutSignerAlone(
        Trust.Status.UNKNOWN_AUTHORITY,
        signer,
        "signed by " + name(signer) + ", issued by " + issuer + ": " + why,
        null);
  }

  /** An answer whose chain is the signer's certificate alone: no chain above it was built. */
  private static Trust aboutSignerAlone(
      Trust.Status status, X509Certificate signer, String reason, X509Certificate anchor) {
    return answer(status, signer, reason, List.of(name(signer)), anchor);
  }

  /**
   * Every answer tells when the signer's certificate expires (or expired), whatever the status, so
   * a page can show it beside the reason.
   *
   * @param anchor the certificate the chain ends at, or null where none was found
   */
  private static Trust answer(
      Trust.Status status,
      X509Certificate signer,
      String reason,
      List<String> chain,
      X509Certificate anchor) {
    return new Trust(
        status,
        reason,
        chain,
        anchor == null ? null : name(anchor),
        signer.getNotAfter().toInstant());
  }

  /** Key usage, when present, must allow digital signatures or non-repudiation. */
  private static boolean forSigning(X509Certificate certificate) {
    boolean[] usage = certificate.getKeyUsage();
    return usage == null || usage[0] || (usage.length > 1 && usage[1]);
  }

  static String name(X509Certificate certificate) {
    return certificate.getSubjectX500Principal().getName();
  }
}
