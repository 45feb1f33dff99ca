-- The national scope: an account may be scoped to 'ID', the whole country (Indonesia), which covers every
-- region code. The country is no row of `region`: the gazetteer's top level is the province, and a country row
-- would show up as a province (no parent) in every region list, tree and search. So the scope code no longer
-- references `region`; the application checks every other scope code against the gazetteer when an account is
-- created or changed (AccountService), and gazetteer rows are never deleted.
ALTER TABLE account DROP CONSTRAINT account_scope_fk;

-- Only the national roles hold the national scope (security.domain.RoleScopes); the others work inside a
-- province. No existing row has 'ID': the foreign key above refused it until now.
ALTER TABLE account ADD CONSTRAINT account_national_scope_ck
    CHECK (scope_code <> 'ID' OR role IN ('VIEWER', 'ADMIN'));
