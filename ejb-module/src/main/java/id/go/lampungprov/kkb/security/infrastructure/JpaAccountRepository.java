package id.go.lampungprov.kkb.security.infrastructure;

import id.go.lampungprov.kkb.platform.persistence.JpaRepository;
import id.go.lampungprov.kkb.platform.persistence.PagedQuery;
import id.go.lampungprov.kkb.security.domain.Account;
import id.go.lampungprov.kkb.security.domain.AccountRepository;
import id.go.lampungprov.kkb.security.domain.Scope;
import id.go.lampungprov.kkb.shared.domain.Page;
import id.go.lampungprov.kkb.shared.domain.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaAccountRepository extends JpaRepository implements AccountRepository {

  // :also is the national code when national accounts are included, else the scope again.
  private static final String SCOPED =
      "(a.scopeCode = :scope OR a.scopeCode = :also OR a.scopeCode LIKE :below)";
  private static final String WITHIN = " FROM Account a WHERE " + SCOPED;

  @Override
  public Optional<Account> find(long id) {
    return byId(Account.class, id);
  }

  @Override
  public Optional<Account> findByUsername(String username) {
    return em.createNamedQuery(Account.FIND_BY_USERNAME, Account.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Account> findByUsernameForUpdate(String username) {
    return em.createNamedQuery(Account.FIND_BY_USERNAME, Account.class)
        .setParameter("username", username)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Page<Account> findWithin(
      Scope scope, boolean withNational, Optional<String> text, PageRequest page) {
    // The filter is added only when given: a null parameter's type is unknown to PostgreSQL.
    String where = WITHIN;
    String pattern = null;
    if (text.isPresent()) {
      where =
          WITHIN
              + " AND (LOWER(a.username) LIKE :text ESCAPE '!'"
              + " OR LOWER(a.fullName) LIKE :text ESCAPE '!')";
      pattern = PagedQuery.containing(text.get());
    }
    TypedQuery<Long> count = em.createQuery("SELECT COUNT(a)" + where, Long.class);
    TypedQuery<Account> rows =
        em.createQuery("SELECT a" + where + " ORDER BY a.username", Account.class);
    for (TypedQuery<?> q : List.of(count, rows)) {
      q.setParameter("scope", scope.code());
      q.setParameter("also", withNational ? Scope.NATIONAL_CODE : scope.code());
      q.setParameter("below", scope.descendantsPattern());
      if (pattern != null) {
        q.setParameter("text", pattern);
      }
    }
    List<Account> content =
        rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    return new Page<>(content, count.getSingleResult(), page.page(), page.size());
  }

  @Override
  public long count() {
    return em.createNamedQuery(Account.COUNT_ALL, Long.class).getSingleResult();
  }

  @Override
  public void add(Account account) {
    persistNow(account);
  }
}
