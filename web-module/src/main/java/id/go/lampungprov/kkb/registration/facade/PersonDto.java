package id.go.lampungprov.kkb.registration.facade;

import id.go.lampungprov.kkb.platform.facade.VersionedDto;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person as every role sees it: the NIK only masked. */
@Schema(name = "Person")
public record PersonDto(
    long id,
    String fullName,
    @Schema(enumeration = {"MALE", "FEMALE"}) String sex,
    String phone,
    @Schema(description = "masked, e.g. 1807••••••••0001; the full NIK only via /nik (audited)")
        String nik,
    String nip,
    String villageCode,
    boolean erased,
    long version)
    implements VersionedDto {}
