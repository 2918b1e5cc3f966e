-- Single sign-on and user administration.
--   * user_identity links an account at a trusted OpenID Connect provider, named by (issuer, subject), to a
--     Hearth user. Never email: an address can be reassigned, a subject cannot.
--   * sign_in_failure records every refused sign-in, password or council account, whether or not the user
--     is known, so failures are audited even when there is no authority to file them under.
--   * The application role may now add users, change their names, disable them and grant or revoke roles;
--     row-level security on user_role lets it grant and revoke only in the authority of the transaction.

CREATE TABLE user_identity (
  issuer text NOT NULL CHECK (issuer ~ '^https?://'),
  subject text NOT NULL CHECK (subject <> '' AND length(subject) <= 255),
  user_id uuid NOT NULL REFERENCES app_user (id),
  linked_at timestamptz NOT NULL DEFAULT now(),
  linked_by uuid REFERENCES app_user (id),
  PRIMARY KEY (issuer, subject)
);
CREATE INDEX user_identity_user ON user_identity (user_id);
GRANT SELECT, INSERT, DELETE ON user_identity TO hearth_app;

CREATE TABLE sign_in_failure (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT clock_timestamp(),
  method text NOT NULL CHECK (method IN ('password', 'oidc')),
  reason text NOT NULL CHECK (reason <> ''),
  username text,
  issuer text,
  subject text,
  user_id uuid REFERENCES app_user (id),
  request_id text
);
CREATE INDEX sign_in_failure_at ON sign_in_failure (at);
CREATE TRIGGER sign_in_failure_append_only BEFORE UPDATE OR DELETE ON sign_in_failure
  FOR EACH ROW EXECUTE FUNCTION reject_change();
CREATE TRIGGER sign_in_failure_no_truncate BEFORE TRUNCATE ON sign_in_failure
  FOR EACH STATEMENT EXECUTE FUNCTION reject_change();
GRANT INSERT ON sign_in_failure TO hearth_app;

GRANT INSERT (username, display_name, password_hash) ON app_user TO hearth_app;
GRANT UPDATE (display_name, disabled_at) ON app_user TO hearth_app;

GRANT INSERT, DELETE ON user_role TO hearth_app;
ALTER TABLE user_role ENABLE ROW LEVEL SECURITY;
-- Signing in reads a user's roles in every authority before any authority is chosen.
CREATE POLICY user_role_read ON user_role FOR SELECT USING (true);
CREATE POLICY user_role_grant ON user_role FOR INSERT WITH CHECK (la_code = current_la_code());
CREATE POLICY user_role_revoke ON user_role FOR DELETE USING (la_code = current_la_code());
