-- Access that follows the child (issue 7). Which children a user may see is decided here, in PostgreSQL,
-- once per transaction, and every case table's row-level security admits only those children's rows: a
-- query the application gets wrong still cannot return a child the child's own page would refuse.
--
-- hearth_enter(la_code, user_id, system) starts every transaction (src/db/database.ts inAuthority). It sets
-- hearth.la_code and hearth.user_id as before, and then:
--   hearth.scope   'all'    the whole authority less hearth.hidden (head of service, performance analyst,
--                           emergency duty, privacy officer, and the system: statistics, batch returns);
--                  'listed' only the children in hearth.visible (practitioner, team manager, front door,
--                           IRO / CP chair, and anyone else with a role);
--                  anything else (unset, 'none'): nothing.
--   hearth.visible the listed children, as a uuid[] literal;
--   hearth.hidden  restricted children the user holds no grant or break-the-glass for, and people linked
--                  to the user themselves (never visible, whatever else applies).
-- Who sees what, for a user with several roles the union of:
--   practitioner   children with an allocation open today to a worker record of theirs, or to a team one
--                  of their worker records belongs to;
--   team_manager   children with an allocation open today to a team they manage (team.manager_user_id);
--   front_door     children "in screening": a contact with no screening decision yet, or decided for a
--                  multi-agency (MASH) discussion; or an open referral with no assessment and no
--                  allocation yet (accepted, not yet passed to a team);
--   iro            children of a child protection conference or looked-after review they chair
--                  (cp_conference.chair_user_id, cla_review.chair_user_id);
--   case writers   (practitioner, team manager, front door) a child they added who has no allocation open
--                  today, so nobody loses a child between adding and allocating them;
--   anyone         a restricted child named in a grant to them, and a child they broke the glass for while
--                  that access lasts;
--   administrator  nothing (no case content).
-- The privacy officer oversees restricted records and break-the-glass: their scope is the whole authority
-- including restricted children (though no case-reading page admits the role), so an alert names the child.
-- Adults related to a listed child (parents, carers) are listed with the child.
-- A restricted child is hidden from everyone except holders of an unexpired grant: a grant to a named user
-- lets that user open the record; a grant to a role lifts the restriction for holders of that role who would
-- otherwise see the child.

CREATE FUNCTION current_user_id() RETURNS uuid
  LANGUAGE sql STABLE
  AS $$ SELECT nullif(current_setting('hearth.user_id', true), '')::uuid $$;

-- Links ------------------------------------------------------------------------------------------------

-- The chair of a conference or review: the IRO / CP chair sees the children they chair for.
ALTER TABLE cp_conference ADD COLUMN chair_user_id uuid REFERENCES app_user (id);
ALTER TABLE cla_review ADD COLUMN chair_user_id uuid REFERENCES app_user (id);
CREATE INDEX cp_conference_chair ON cp_conference (la_code, chair_user_id) WHERE chair_user_id IS NOT NULL;
CREATE INDEX cla_review_chair ON cla_review (la_code, chair_user_id) WHERE chair_user_id IS NOT NULL;
CREATE INDEX allocation_team ON allocation (la_code, team_id) WHERE end_date IS NULL;
CREATE INDEX person_recorded_by ON person (la_code, recorded_by) WHERE recorded_by IS NOT NULL;
CREATE INDEX contact_in_screening ON contact (la_code) WHERE decision IS NULL OR decision = 'mash';
CREATE INDEX team_manager ON team (la_code, manager_user_id) WHERE manager_user_id IS NOT NULL;

-- A person who is a user (staff as the subject) or a user's relative: that user can never open the record.
CREATE TABLE person_user_link (
  la_code text NOT NULL,
  person_id uuid NOT NULL,
  user_id uuid NOT NULL REFERENCES app_user (id),
  link text NOT NULL CHECK (link IN ('self', 'relative')),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  recorded_by uuid REFERENCES app_user (id),
  PRIMARY KEY (la_code, person_id, user_id),
  FOREIGN KEY (la_code, person_id) REFERENCES person (la_code, id)
);
CREATE INDEX person_user_link_user ON person_user_link (la_code, user_id);

-- Restricted records and who may open them ---------------------------------------------------------------

CREATE TABLE record_restriction (
  la_code text NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL,
  category text NOT NULL CHECK (category IN ('adoption', 'staff', 'high_profile', 'other')),
  reason text NOT NULL CHECK (btrim(reason) <> ''),
  restricted_at timestamptz NOT NULL DEFAULT now(),
  restricted_by uuid REFERENCES app_user (id),
  lifted_at timestamptz,
  lifted_by uuid REFERENCES app_user (id),
  lift_reason text,
  PRIMARY KEY (la_code, id),
  FOREIGN KEY (la_code, person_id) REFERENCES person (la_code, id),
  CHECK (lifted_at IS NULL OR btrim(lift_reason) <> '')
);
CREATE UNIQUE INDEX record_restriction_active ON record_restriction (la_code, person_id) WHERE lifted_at IS NULL;

CREATE TABLE restriction_grant (
  la_code text NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL,
  user_id uuid REFERENCES app_user (id),
  role text CHECK (role IN (
    'practitioner', 'team_manager', 'head_of_service', 'performance_analyst', 'administrator',
    'front_door', 'iro', 'emergency_duty', 'privacy_officer'
  )),
  expires_at timestamptz NOT NULL,
  granted_at timestamptz NOT NULL DEFAULT now(),
  granted_by uuid REFERENCES app_user (id),
  revoked_at timestamptz,
  revoked_by uuid REFERENCES app_user (id),
  PRIMARY KEY (la_code, id),
  FOREIGN KEY (la_code, person_id) REFERENCES person (la_code, id),
  CHECK ((user_id IS NULL) <> (role IS NULL)),
  CHECK (expires_at > granted_at)
);
CREATE INDEX restriction_grant_person ON restriction_grant (la_code, person_id);
CREATE INDEX restriction_grant_user ON restriction_grant (la_code, user_id) WHERE user_id IS NOT NULL;

-- Break-the-glass: time-limited access with a stated reason. Each row is also the privacy officer's alert,
-- open until reviewed.
CREATE TABLE break_glass (
  la_code text NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL,
  user_id uuid NOT NULL REFERENCES app_user (id),
  reason text NOT NULL CHECK (btrim(reason) <> ''),
  opened_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  reviewed_at timestamptz,
  reviewed_by uuid REFERENCES app_user (id),
  review_note text,
  PRIMARY KEY (la_code, id),
  FOREIGN KEY (la_code, person_id) REFERENCES person (la_code, id),
  CHECK (expires_at > opened_at),
  CHECK (reviewed_at IS NULL OR btrim(review_note) <> '')
);
CREATE INDEX break_glass_user ON break_glass (la_code, user_id, expires_at);
CREATE INDEX break_glass_open ON break_glass (la_code, opened_at) WHERE reviewed_at IS NULL;

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['person_user_link', 'record_restriction', 'restriction_grant'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY %I ON %I USING (la_code = current_la_code()) WITH CHECK (la_code = current_la_code())', t || '_authority', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE ON %I TO hearth_app', t);
  END LOOP;
END
$$;
ALTER TABLE break_glass ENABLE ROW LEVEL SECURITY;
ALTER TABLE break_glass FORCE ROW LEVEL SECURITY;
-- A user breaks the glass only for themselves.
CREATE POLICY break_glass_authority ON break_glass USING (la_code = current_la_code())
  WITH CHECK (la_code = current_la_code() AND (user_id = current_user_id() OR reviewed_at IS NOT NULL));
GRANT SELECT, INSERT ON break_glass TO hearth_app;
GRANT UPDATE (reviewed_at, reviewed_by, review_note) ON break_glass TO hearth_app;

-- The next child ID ("C000123") per authority, kept up to date by whatever adds people (the add-a-child
-- page, the synthetic authority's COPY load), so it never depends on which children the user can see.
CREATE TABLE child_number (
  la_code text PRIMARY KEY REFERENCES local_authority (la_code),
  last bigint NOT NULL
);
ALTER TABLE child_number ENABLE ROW LEVEL SECURITY;
ALTER TABLE child_number FORCE ROW LEVEL SECURITY;
CREATE POLICY child_number_authority ON child_number
  USING (la_code = current_la_code()) WITH CHECK (la_code = current_la_code());
GRANT SELECT, INSERT, UPDATE ON child_number TO hearth_app;
INSERT INTO child_number (la_code, last)
  SELECT la_code, max(substring(la_child_id FROM '^C([0-9]+)$')::bigint) FROM person
  WHERE la_child_id ~ '^C[0-9]+$' GROUP BY la_code;

CREATE FUNCTION child_number_follow() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    INSERT INTO child_number (la_code, last)
      SELECT la_code, max(substring(la_child_id FROM '^C([0-9]+)$')::bigint) FROM new_rows
      WHERE la_child_id ~ '^C[0-9]+$' GROUP BY la_code
      ON CONFLICT (la_code) DO UPDATE SET last = greatest(child_number.last, excluded.last);
    RETURN NULL;
  END
  $$;
CREATE TRIGGER person_child_number AFTER INSERT ON person REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION child_number_follow();

-- Entering a transaction ---------------------------------------------------------------------------------

CREATE FUNCTION hearth_enter(p_la_code text, p_user_id uuid, p_system boolean) RETURNS text
  LANGUAGE plpgsql VOLATILE
  AS $$
  DECLARE
    my_roles text[];
    today date := (now() AT TIME ZONE 'Europe/London')::date;
    my_scope text;
    my_visible uuid[] := '{}';
    my_hidden uuid[] := '{}';
  BEGIN
    PERFORM set_config('hearth.la_code', p_la_code, true);
    PERFORM set_config('hearth.user_id', coalesce(p_user_id::text, ''), true);
    PERFORM set_config('hearth.visible', '{}', true);
    PERFORM set_config('hearth.hidden', '{}', true);
    IF p_system THEN
      PERFORM set_config('hearth.scope', 'all', true);
      RETURN 'all';
    END IF;
    PERFORM set_config('hearth.scope', 'none', true);
    IF p_user_id IS NULL THEN
      RETURN 'none';
    END IF;
    SELECT coalesce(array_agg(role), '{}') INTO my_roles FROM user_role
      WHERE la_code = p_la_code AND user_id = p_user_id;
    -- What decides the scope is read with the whole authority in view.
    PERFORM set_config('hearth.scope', 'all', true);

    SELECT coalesce(array_agg(g.person_id), '{}') INTO my_hidden FROM (
      SELECT r.person_id FROM record_restriction r
      WHERE r.la_code = p_la_code AND r.lifted_at IS NULL AND NOT 'privacy_officer' = ANY (my_roles)
        AND NOT EXISTS (
          SELECT FROM restriction_grant g
          WHERE g.la_code = r.la_code AND g.person_id = r.person_id AND g.revoked_at IS NULL
            AND g.expires_at > now() AND (g.user_id = p_user_id OR g.role = ANY (my_roles)))
        AND NOT EXISTS (
          SELECT FROM break_glass b
          WHERE b.la_code = r.la_code AND b.person_id = r.person_id AND b.user_id = p_user_id
            AND b.expires_at > now())
      UNION
      SELECT l.person_id FROM person_user_link l WHERE l.la_code = p_la_code AND l.user_id = p_user_id
    ) g;

    IF my_roles && ARRAY['head_of_service', 'performance_analyst', 'emergency_duty', 'privacy_officer'] THEN
      my_scope := 'all';
    ELSIF cardinality(my_roles) = 0 THEN
      my_scope := 'none';
    ELSE
      my_scope := 'listed';
      SELECT coalesce(array_agg(DISTINCT s.person_id), '{}') INTO my_visible FROM (
        SELECT a.person_id FROM worker w
          JOIN allocation a ON a.la_code = w.la_code AND (a.worker_id = w.id OR a.team_id = w.team_id)
        WHERE 'practitioner' = ANY (my_roles) AND w.la_code = p_la_code AND w.user_id = p_user_id
          AND w.voided_at IS NULL AND (w.leave_date IS NULL OR w.leave_date > today)
          AND a.voided_at IS NULL AND a.start_date <= today AND (a.end_date IS NULL OR a.end_date > today)
        UNION ALL
        SELECT a.person_id FROM team t
          JOIN allocation a ON a.la_code = t.la_code AND a.team_id = t.id
        WHERE 'team_manager' = ANY (my_roles) AND t.la_code = p_la_code AND t.manager_user_id = p_user_id
          AND t.voided_at IS NULL
          AND a.voided_at IS NULL AND a.start_date <= today AND (a.end_date IS NULL OR a.end_date > today)
        UNION ALL
        SELECT c.person_id FROM contact c
        WHERE 'front_door' = ANY (my_roles) AND c.la_code = p_la_code AND c.voided_at IS NULL
          AND (c.decision IS NULL OR c.decision = 'mash')
        UNION ALL
        SELECT r.person_id FROM referral r
        WHERE 'front_door' = ANY (my_roles) AND r.la_code = p_la_code AND r.voided_at IS NULL
          AND r.closure_date IS NULL AND NOT r.nfa
          AND NOT EXISTS (SELECT FROM assessment s WHERE s.la_code = r.la_code AND s.referral_id = r.id
            AND s.voided_at IS NULL)
          AND NOT EXISTS (SELECT FROM allocation a WHERE a.la_code = r.la_code AND a.person_id = r.person_id
            AND a.voided_at IS NULL AND a.start_date <= today AND (a.end_date IS NULL OR a.end_date > today))
        UNION ALL
        SELECT c.person_id FROM cp_conference c
        WHERE 'iro' = ANY (my_roles) AND c.la_code = p_la_code AND c.chair_user_id = p_user_id
          AND c.voided_at IS NULL
        UNION ALL
        SELECT c.person_id FROM cla_review c
        WHERE 'iro' = ANY (my_roles) AND c.la_code = p_la_code AND c.chair_user_id = p_user_id
          AND c.voided_at IS NULL
        UNION ALL
        SELECT p.id FROM person p
        WHERE my_roles && ARRAY['practitioner', 'team_manager', 'front_door']
          AND p.la_code = p_la_code AND p.recorded_by = p_user_id AND p.voided_at IS NULL
          AND NOT EXISTS (SELECT FROM allocation a WHERE a.la_code = p.la_code AND a.person_id = p.id
            AND a.voided_at IS NULL AND a.start_date <= today AND (a.end_date IS NULL OR a.end_date > today))
        UNION ALL
        SELECT g.person_id FROM restriction_grant g
        WHERE g.la_code = p_la_code AND g.user_id = p_user_id AND g.revoked_at IS NULL AND g.expires_at > now()
        UNION ALL
        SELECT b.person_id FROM break_glass b
        WHERE b.la_code = p_la_code AND b.user_id = p_user_id AND b.expires_at > now()
      ) s;
      SELECT my_visible || coalesce(array_agg(DISTINCT rel.related_person_id), '{}') INTO my_visible
        FROM relationship rel
        WHERE rel.la_code = p_la_code AND rel.person_id = ANY (my_visible) AND rel.voided_at IS NULL;
      SELECT coalesce(array_agg(DISTINCT v), '{}') INTO my_visible
        FROM unnest(my_visible) v WHERE NOT v = ANY (my_hidden);
    END IF;

    PERFORM set_config('hearth.visible', my_visible::text, true);
    PERFORM set_config('hearth.hidden', my_hidden::text, true);
    PERFORM set_config('hearth.scope', my_scope, true);
    RETURN my_scope;
  END
  $$;
GRANT EXECUTE ON FUNCTION hearth_enter(text, uuid, boolean) TO hearth_app;

-- Whether the transaction's user may see a person, as a row-level security expression over a column. The
-- settings are read in uncorrelated sub-selects, so PostgreSQL reads and parses them once per query.
CREATE FUNCTION hearth_scope_expression(p_column text) RETURNS text
  LANGUAGE sql IMMUTABLE
  AS $$
    SELECT format($e$la_code = current_la_code() AND CASE (SELECT current_setting('hearth.scope', true))
      WHEN 'all' THEN NOT %1$I = ANY ((SELECT current_setting('hearth.hidden')::uuid[])::uuid[])
      WHEN 'listed' THEN %1$I = ANY ((SELECT current_setting('hearth.visible')::uuid[])::uuid[])
      ELSE false END$e$, p_column)
  $$;

-- Puts a table holding a person's records under the per-user scope, replacing its authority-only policy.
-- A later migration adding such a table calls it: SELECT hearth_scope_by_person('new_table', 'person_id').
CREATE FUNCTION hearth_scope_by_person(p_table text, p_column text) RETURNS void
  LANGUAGE plpgsql
  AS $$
  BEGIN
    EXECUTE format('DROP POLICY IF EXISTS %I ON %I', p_table || '_authority', p_table);
    EXECUTE format('DROP POLICY IF EXISTS %I ON %I', p_table || '_scope', p_table);
    EXECUTE format('CREATE POLICY %I ON %I USING (%s) WITH CHECK (%s)', p_table || '_scope', p_table,
      hearth_scope_expression(p_column),
      CASE WHEN p_table = 'person' THEN 'la_code = current_la_code()' ELSE hearth_scope_expression(p_column) END);
  END
  $$;

DO $$
DECLARE
  t text;
BEGIN
  PERFORM hearth_scope_by_person('person', 'id');
  FOREACH t IN ARRAY ARRAY[
    'person_address', 'relationship', 'person_warning', 'allocation', 'contact', 'referral', 'assessment',
    'strategy_discussion', 's47_enquiry', 'cp_plan', 'cp_conference', 'core_group', 'cin_plan',
    'cin_plan_review', 'pre_proceedings', 'care_proceedings', 'cla_episode', 'cla_review', 'visit',
    'health_event', 'missing_episode', 'permanence_plan', 'adoption', 'care_leaver', 'care_leaver_contact',
    'early_help_episode', 'early_help_assessment', 'case_supervision', 'task'
  ] LOOP
    PERFORM hearth_scope_by_person(t, 'person_id');
  END LOOP;
END
$$;
