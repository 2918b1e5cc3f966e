-- Tamper-evident audit: each authority's entries form a hash chain in the order they were written. The
-- trigger serialises an authority's audit writes with a transaction-scoped advisory lock, numbers the entry
-- (seq) after the last one, and stores the hash of the previous entry and of this one.

ALTER TABLE audit_event ADD COLUMN seq bigint, ADD COLUMN prev_hash text, ADD COLUMN hash text;

CREATE FUNCTION audit_event_digest(
  prev_hash text, la_code text, seq bigint, at timestamptz, user_id uuid, action text,
  subject_type text, subject_id text, reason text, detail jsonb
) RETURNS text
  LANGUAGE sql IMMUTABLE
  AS $$
    SELECT encode(sha256(convert_to(concat_ws('|',
      coalesce(prev_hash, ''), la_code, seq::text,
      to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
      coalesce(user_id::text, ''), action, coalesce(subject_type, ''), coalesce(subject_id, ''),
      coalesce(reason, ''), detail::text), 'UTF8')), 'hex')
  $$;

CREATE FUNCTION audit_event_chain() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  DECLARE
    last record;
  BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('hearth.audit.' || NEW.la_code));
    SELECT a.seq, a.hash INTO last FROM audit_event a
      WHERE a.la_code = NEW.la_code AND a.seq IS NOT NULL ORDER BY a.seq DESC LIMIT 1;
    NEW.seq := coalesce(last.seq, 0) + 1;
    NEW.prev_hash := last.hash;
    NEW.at := clock_timestamp();
    NEW.hash := audit_event_digest(NEW.prev_hash, NEW.la_code, NEW.seq, NEW.at, NEW.user_id, NEW.action,
      NEW.subject_type, NEW.subject_id, NEW.reason, NEW.detail);
    RETURN NEW;
  END
  $$;

CREATE TRIGGER audit_event_chain BEFORE INSERT ON audit_event
  FOR EACH ROW EXECUTE FUNCTION audit_event_chain();
CREATE UNIQUE INDEX audit_event_seq ON audit_event (la_code, seq);
