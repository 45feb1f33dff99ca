package id.go.lampungprov.kkb.documents.domain;

import id.go.lampungprov.kkb.security.domain.Nip;
import id.go.lampungprov.kkb.shared.domain.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Who signs for an issuer: full name, position, rank and NIP, with the rules they share wherever
 * they are kept (a named {@link Signatory}, an issuer's default signatory). The columns are the
 * signatory table's; the issuer keeps its default under {@code signatory_*}.
 */
@Embeddable
public class Signer {

  static final int MAX_NAME = 120;
  static final int MAX_POSITION = 200;
  static final int MAX_RANK = 120;

  @Column(name = "full_name", nullable = false, length = MAX_NAME)
  private String name;

  @Column(nullable = false, length = MAX_POSITION)
  private String position;

  @Column(name = "official_rank", length = MAX_RANK)
  private String rank;

  @Column(length = 18)
  private String nip;

  protected Signer() {
    // for JPA
  }

  /**
   * The form fields a refusal names: the issuer's form says {@code signatoryName}, the signatory's
   * {@code fullName}, and each client shows the rule beside its own field.
   */
  public record Fields(String name, String position, String rank) {}

  /** Name and position required, rank optional, each stripped and within its column. */
  public Signer(Fields fields, String name, String position, String rank, Nip nip) {
    this.name = Texts.required(fields.name(), name, MAX_NAME);
    this.position = Texts.required(fields.position(), position, MAX_POSITION);
    this.rank = Texts.optional(fields.rank(), rank, MAX_RANK);
    this.nip = nip == null ? null : nip.value();
  }

  /** As printed under the signature, the NIP spaced as on official letters. */
  public SignatureBlock block() {
    return new SignatureBlock(name, position, rank, nip == null ? null : new Nip(nip).formatted());
  }

  public String name() {
    return name;
  }

  public String position() {
    return position;
  }

  public String rank() {
    return rank;
  }

  public Nip nip() {
    return nip == null ? null : new Nip(nip);
  }

  /** The NIP's 18 digits as stored, for the audit trail. */
  String nipDigits() {
    return nip;
  }
}
