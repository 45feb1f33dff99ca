package id.go.lampungprov.kkb.security.facade;

import java.io.Serializable;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An account as administrators see it. Never the password hash. */
@Schema(name = "Account")
public record AccountDto(
    long id,
    String username,
    String fullName,
    @Schema(description = "18-digit NIP, for civil servants") String nip,
    String email,
    @Schema(enumeration = {"ADMIN", "PROVINCE_OFFICER", "REGENCY_OPERATOR", "ASSESSOR", "VIEWER"})
        String role,
    @Schema(description = "Region code the account is limited to", example = "18.07") String scope,
    boolean active,
    boolean mustChangePassword,
    boolean locked,
    Instant lockedUntil,
    Instant lastLoginAt,
    Instant createdAt,
    @Schema(description = "Send it back with an update; a stale version is a 409 conflict")
        long version)
    implements Serializable {}
