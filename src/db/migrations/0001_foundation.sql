-- Foundation: authorities, users and their roles, web sessions, and the audit log.
-- Conventions for every later migration:
--   * a table holding case data has la_code as the first column of its primary key, every foreign key
--     between such tables includes la_code, and it has row-level security keyed on hearth.la_code;
--   * privileges for the application role (hearth_app) are granted table by table, never by default.

DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'hearth_app') THEN
    CREATE ROLE hearth_app NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOINHERIT;
  END IF;
END
$$;

REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO hearth_app;

-- The authority the current transaction works for; empty when none is set.
CREATE FUNCTION current_la_code() RETURNS text
  LANGUAGE sql STABLE
  AS $$ SELECT coalesce(current_setting('hearth.la_code', true), '') $$;

-- Rejects any change to a row: for append-only tables.
CREATE FUNCTION reject_change() RETURNS trigger
  LANGUAGE plpgsql
  AS $$ BEGIN RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP; END $$;

CREATE TABLE local_authority (
  la_code text PRIMARY KEY CHECK (la_code ~ '^[0-9]{3}$'),
  name text NOT NULL CHECK (name <> ''),
  created_at timestamptz NOT NULL DEFAULT now()
);
GRANT SELECT ON local_authority TO hearth_app;

CREATE TABLE app_user (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  username text NOT NULL CHECK (username = lower(username) AND username ~ '^[a-z0-9._@-]{3,100}$'),
  display_name text NOT NULL CHECK (display_name <> ''),
  password_hash text,
  failed_sign_ins integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  disabled_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (username)
);
GRANT SELECT ON app_user TO hearth_app;
GRANT UPDATE (password_hash, failed_sign_ins, locked_until) ON app_user TO hearth_app;

CREATE TABLE user_role (
  la_code text NOT NULL REFERENCES local_authority (la_code),
  user_id uuid NOT NULL REFERENCES app_user (id),
  role text NOT NULL CHECK (role IN (
    'practitioner', 'team_manager', 'head_of_service', 'performance_analyst', 'administrator',
    'front_door', 'iro', 'emergency_duty', 'privacy_officer'
  )),
  granted_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (la_code, user_id, role)
);
CREATE INDEX user_role_user ON user_role (user_id);
GRANT SELECT ON user_role TO hearth_app;

-- Server-side sessions. The cookie holds a random id; only its SHA-256 is stored.
CREATE TABLE web_session (
  id_hash text PRIMARY KEY,
  data jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX web_session_expires ON web_session (expires_at);
GRANT SELECT, INSERT, UPDATE, DELETE ON web_session TO hearth_app;

-- Append-only audit of every view of and change to a record, written in the same transaction.
CREATE TABLE audit_event (
  la_code text NOT NULL REFERENCES local_authority (la_code),
  id bigint GENERATED ALWAYS AS IDENTITY,
  at timestamptz NOT NULL DEFAULT clock_timestamp(),
  user_id uuid REFERENCES app_user (id),
  action text NOT NULL CHECK (action <> ''),
  subject_type text,
  subject_id text,
  reason text,
  detail jsonb NOT NULL DEFAULT '{}',
  PRIMARY KEY (la_code, id)
);
CREATE INDEX audit_event_subject ON audit_event (la_code, subject_type, subject_id);
CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
  FOR EACH ROW EXECUTE FUNCTION reject_change();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
  FOR EACH STATEMENT EXECUTE FUNCTION reject_change();
ALTER TABLE audit_event ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_event FORCE ROW LEVEL SECURITY;
CREATE POLICY audit_event_authority ON audit_event
  USING (la_code = current_la_code()) WITH CHECK (la_code = current_la_code());
GRANT SELECT, INSERT ON audit_event TO hearth_app;

-- Installation-wide settings, such as the key that signs session cookies.
CREATE TABLE installation_setting (
  name text PRIMARY KEY,
  value text NOT NULL
);
INSERT INTO installation_setting (name, value)
  VALUES ('session_secret', encode(sha256((gen_random_uuid()::text || gen_random_uuid()::text)::bytea), 'hex'));
GRANT SELECT ON installation_setting TO hearth_app;
