package id.go.lampungprov.kkb.documents.domain;

/** Who signs a document, as printed under the signature: position, name, rank and NIP. */
public record SignatureBlock(String name, String position, String rank, String nip) {}
