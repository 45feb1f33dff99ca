package id.go.lampungprov.kkb.security.web;

import java.io.Serializable;

/** Who logged in through the login page; kept in the HTTP session (API calls never get one). */
record SessionUser(String username) implements Serializable {

  static final String ATTRIBUTE = "kkb.sessionUser";
}
