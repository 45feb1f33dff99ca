package id.go.lampungprov.kkb.security.web;

import java.io.Serializable;

/**
 * Who logged in through the login page; kept in the HTTP session (API calls never get one). The
 * credential version is the account's at login: after a password change the session is over.
 */
record SessionUser(String username, String credentialVersion) implements Serializable {

  static final String ATTRIBUTE = "kkb.sessionUser";
}
