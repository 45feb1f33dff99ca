package id.go.lampungprov.kkb.security.infrastructure;

import id.go.lampungprov.kkb.security.domain.Account;
import id.go.lampungprov.kkb.security.domain.AccountRepository;
import id.go.lampungprov.kkb.security.domain.Scope;
import id.go.lampungprov.kkb.shared.domain.Page;
import id.go.lampungprov.kkb.shared.domain.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

  private static final String WITHIN =
      " FROM Account a WHERE a.scopeCode = :scope OR a.scopeCode LIKE :below";

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<Account> find(long id) {
    return Optional.ofNullable(em.find(Account.class, id));
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
  public Page<Account> findWithin(Scope scope, PageRequest page) {
    long total =
        em.createQuery("SELECT COUNT(a)" + WITHIN, Long.class)
            .setParameter("scope", scope.region().value())
            .setParameter("below", scope.descendantsPattern())
            .getSingleResult();
    List<Account> content =
        em.createQuery("SELECT a" + WITHIN + " ORDER BY a.username", Account.class)
            .setParameter("scope", scope.region().value())
            .setParameter("below", scope.descendantsPattern())
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    return new Page<>(content, total, page.page(), page.size());
  }

  @Override
  public long count() {
    return em.createNamedQuery(Account.COUNT_ALL, Long.class).getSingleResult();
  }

  @Override
  public void add(Account account) {
    em.persist(account);
    // Write now, so a failure (and its audit entry) belongs to this call, not to a later commit.
    em.flush();
  }
}
