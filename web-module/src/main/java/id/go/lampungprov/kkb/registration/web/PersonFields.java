package id.go.lampungprov.kkb.registration.web;

import id.go.lampungprov.kkb.platform.web.FormMessages;
import id.go.lampungprov.kkb.registration.facade.PersonFacade;
import id.go.lampungprov.kkb.registration.facade.PersonRequest;
import java.io.Serializable;
import java.util.Objects;

/**
 * The person typed into a Pokja or cadre form. Once registered, the person's id is kept with what
 * was typed: if the appointment itself is refused and the user retries, the same person is
 * appointed instead of registering a duplicate.
 */
public class PersonFields implements Serializable {

  private static final long serialVersionUID = 1L;

  private String fullName;
  private String sex;
  private String nik;
  private String phone;
  private Long registeredId;
  private String registeredAs;

  /** The request for the person living in {@code villageCode}. */
  PersonRequest request(String villageCode) {
    PersonRequest r = new PersonRequest();
    r.villageCode = villageCode;
    r.fullName = fullName;
    r.sex = sex;
    r.nik = nik == null || nik.isBlank() ? null : nik.strip();
    r.phone = phone;
    return r;
  }

  boolean validate(String form, String villageCode) {
    return FormMessages.validate(form, request(villageCode));
  }

  /** The person's id, registering the person unless the same entry was registered already. */
  long register(PersonFacade people, String villageCode) {
    PersonRequest r = request(villageCode);
    if (registeredId != null && key(r).equals(registeredAs)) {
      return registeredId;
    }
    registeredId = people.register(r).id();
    registeredAs = key(r);
    return registeredId;
  }

  /** What identifies an entry as the same person typed again. */
  private static String key(PersonRequest r) {
    return String.join(
        "\u0000",
        Objects.toString(r.fullName),
        Objects.toString(r.sex),
        Objects.toString(r.nik),
        Objects.toString(r.phone));
  }

  void clear() {
    fullName = null;
    sex = null;
    nik = null;
    phone = null;
    registeredId = null;
    registeredAs = null;
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public String getSex() {
    return sex;
  }

  public void setSex(String sex) {
    this.sex = sex;
  }

  public String getNik() {
    return nik;
  }

  public void setNik(String nik) {
    this.nik = nik;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }
}
