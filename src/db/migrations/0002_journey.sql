-- The child's journey (shared/domain/journey.md). Field names and codes follow the DfE's (CIN census,
-- SSDA903, the DfE children's social care API) so each return is a projection of this record.
-- Every table here holds case data: la_code leads its primary key and every foreign key, and row-level
-- security admits only the authority set for the transaction. Each record also carries the standard
-- columns added at the end (version, who recorded and corrected it, void), and its earlier versions are
-- kept in record_version.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Per-authority local policy: visit and supervision intervals, caseload targets.
CREATE TABLE authority_policy (
  la_code text NOT NULL REFERENCES local_authority (la_code),
  rule_id text NOT NULL,
  unit text NOT NULL CHECK (unit IN ('working_days', 'calendar_days', 'weeks', 'months', 'hours')),
  amount integer NOT NULL CHECK (amount > 0),
  PRIMARY KEY (la_code, rule_id)
);

-- People ------------------------------------------------------------------------------------------------

CREATE TABLE person (
  la_code text NOT NULL REFERENCES local_authority (la_code),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  la_child_id text NOT NULL CHECK (la_child_id ~ '^[A-Za-z0-9/_-]{1,20}$'),
  is_child boolean NOT NULL DEFAULT true,
  given_name text NOT NULL,
  family_name text NOT NULL,
  date_of_birth date,
  expected_date_of_birth date,
  date_of_death date,
  sex text CHECK (sex IN ('M', 'F', 'U')),
  gender text,
  ethnicity text,
  upn text,
  former_upn text,
  upn_unknown text CHECK (upn_unknown ~ '^UN[1-7]$'),
  nhs_number text CHECK (nhs_number ~ '^[0-9]{10}$'),
  language text,
  disabilities text[] NOT NULL DEFAULT '{}',
  uasc_since date,
  uasc_ceased date,
  postcode text,
  PRIMARY KEY (la_code, id),
  UNIQUE (la_code, la_child_id),
  CHECK (date_of_birth IS NOT NULL OR expected_date_of_birth IS NOT NULL OR NOT is_child),
  CHECK (date_of_death IS NULL OR date_of_birth IS NULL OR date_of_death >= date_of_birth)
);
CREATE INDEX person_names_trgm ON person USING gin ((lower(given_name || ' ' || family_name)) gin_trgm_ops);
CREATE INDEX person_dob ON person (la_code, date_of_birth);
CREATE INDEX person_upn ON person (la_code, upn);

CREATE TABLE person_address (
  la_code text NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL,
  postcode text NOT NULL,
  start_date date NOT NULL,
  end_date date,
  PRIMARY KEY (la_code, id),
  FOREIGN KEY (la_code, person_id) REFERENCES person (la_code, id),
  CHECK (end_date IS NULL OR end_date >= start_date)
);

CREATE TABLE relationship (
  la_code text NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL,
  related_person_id uuid NOT NULL,
  relationship text NOT NULL CHECK (relationship IN ('mother', 'father', 'step_parent', 'carer', 'sibling', 'half_sibling', 'grandparent', 'other_relative', 'household_member', 'other')),
  parental_responsibility boolean NOT NULL DEFAULT false,
  start_date date,
  end_date date,
  PRIMARY KEY (la_code, id),
  FOREIGN KEY (la_code, person_id) REFERENCES person (la_code, id),
  FOREIGN KEY (la_code, related_person_id) REFERENCES person (la_code, id),
  CHECK (person_id <> related_person_id)
);

CREATE TABLE person_warning (
  la_code text NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL,
  category text NOT NULL CHECK (category IN ('risk_to_worker', 'risk_to_child', 'disability_access', 'interpreter', 'other')),
  detail text NOT NULL,
  start_date date NOT NULL,
  end_date date,
  PRIMARY KEY (la_code, id),
  FOREIGN KEY (la_code, person_id) REFERENCES person (la_code, id)
);

-- The organisation --------------------------------------------------------------------------------------

CREATE TABLE team (
  la_code text NOT NULL REFERENCES local_authority (la_code),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  name text NOT NULL,
  team_type text NOT NULL CHECK (team_type IN ('front_door', 'assessment', 'children', 'adolescent', 'children_in_care', 'care_leaving', 'unaccompanied', 'disability', 'family_safeguarding', 'early_help', 'fostering', 'adoption', 'iro', 'lado', 'service')),
  parent_id uuid,
  caseload_target numeric(5, 1),
  manager_user_id uuid REFERENCES app_user (id),
  PRIMARY KEY (la_code, id),
  UNIQUE (la_code, name),
  FOREIGN KEY (la_code, parent_id) REFERENCES team (la_code, id)
);

CREATE TABLE worker (
  la_code text NOT NULL REFERENCES local_authority (la_code),
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  name text NOT NULL,
  swe_number text,
  job_title text,
  team_id uuid NOT NULL,
  fte numeric(4, 2) NOT NULL DEFAULT 1 CHECK (fte > 0 AND fte <= 1.5),
  agency boolean NOT NULL DEFAULT false,
  case_holding boolean NOT NULL DEFAULT true,
  start_date date NOT NULL,
  leave_date date,
  user_id uuid REFERENCES app_user (id),
  PRIMARY KEY (la_code, id),
  FOREIGN KEY (la_code, team_id) REFERENCES team (la_code, id)
);
CREATE INDEX worker_user ON worker (user_id);

CREATE TABLE allocation (
  la_code text NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL,
  team_id uuid NOT NULL,
  worker_id uuid,
  start_date date NOT NULL,
  end_date date,
  change_reason text,
  PRIMARY KEY (la_code, id),
  FOREIGN KEY (la_code, person_id) REFERENCES person (la_code, id),
  FOREIGN KEY (la_code, team_id) REFERENCES team (la_code, id),
  FOREIGN KEY (la_code, worker_id) REFERENCES worker (la_code, id),
  CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX allocation_person ON allocation (la_code, person_id);
CREATE INDEX allocation_worker ON allocation (la_code, worker_id) WHERE end_date IS NULL;

-- The pathway -------------------------------------------------------------------------------------------

CREATE TABLE contact (
  la_code text NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL,
  contact_date date NOT NULL,
  contact_time time,
  source text NOT NULL,
  contact_by text,
  concern text,
  decision text CHECK (decision IN ('nfa', 'information_advice', 'early_help', 'mash', 'referral')),
  decision_date date,
  PRIMARY KEY (la_code, id),
  FOREIGN KEY (la_code, person_id) REFERENCES person (la_code, id),
  CHECK (decision_date IS NULL OR decision_date >= contact_date)
);
CREATE INDEX contact_person ON contact (la_code, person_id);

-- A social care episode (CIN census CINdetails).
CREATE TABLE referral (
  la_code text NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL,
  contact_id uuid,
  referral_date date NOT NULL,
  source text NOT NULL,
  primary_need text CHECK (primary_need ~ '^N[0-9]$'),
  nfa boolean NOT NULL DEFAULT false,
  closure_date date,
  closure_reason text CHECK (closure_reason ~ '^RC[1-9]$'),
  PRIMARY KEY (la_code, id),
  FOREIGN KEY (la_code, person_id) REFERENCES person (la_code, id),
  FOREIGN KEY (la_code, contact_id) REFERENCES contact (la_code, id),
  CHECK (closure_date IS NULL OR closure_date >= referral_date),
  CHECK ((closure_date IS NULL) = (closure_reason IS NULL))
);
CREATE INDEX referral_person ON referral (la_code, person_id);
CREATE INDEX referral_date ON referral (la_code, referral_date);

CREATE TABLE assessment (
  la_code text NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL,
  referral_id uuid NOT NULL,
  start_date date NOT NULL,
  child_seen_date date,
  authorised_date date,
  factors text[] NOT NULL DEFAULT '{}',
  outcome text CHECK (outcome IN ('nfa', 'early_help', 'cin_plan', 'strategy_discussion', 'looked_after', 'continue_support')),
  PRIMARY KEY (la_code, id),
  FOREIGN KEY (la_code, person_id) REFERENCES person (la_code, id),
  FOREIGN KEY (la_code, referral_id) REFERENCES referral (la_code, id),
  CHECK (authorised_date IS NULL OR authorised_date >= start_date),
  CHECK ((authorised_date IS NULL) = (outcome IS NULL))
);
CREATE INDEX assessment_person ON assessment (la_code, person_id);

CREATE TABLE strategy_discussion (
  la_code text NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL,
  referral_id uuid NOT NULL,
  discussion_date date NOT NULL,
  decision text NOT NULL CHECK (decision IN ('s47', 'no_s47')),
  PRIMARY KEY (la_code, id),
  FOREIGN KEY (la_code, person_id) REFERENCES person (la_code, id),
  FOREIGN KEY (la_code, referral_id) REFERENCES referral (la_code, id)
);

-- CIN census Section47: start is the date of the strategy discussion that began it.
CREATE TABLE s47_enquiry (
  la_code text NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL,
  referral_id uuid NOT NULL,
  strategy_discussion_id uuid,
  start_date date NOT NULL,
  end_date date,
  outcome text CHECK (outcome IN ('nfa', 'cin', 'icpc')),
  icpc_required boolean,
  PRIMARY KEY (la_code, id),
  FOREIGN KEY (la_code, person_id) REFERENCES person (la_code, id),
  FOREIGN KEY (la_code, referral_id) REFERENCES referral (la_code, id),
  FOREIGN KEY (la_code, strategy_discussion_id) REFERENCES strategy_discussion (la_code, id),
  CHECK (end_date IS NULL OR end_date >= start_date)
);

CREATE TABLE cp_plan (
  la_code text NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL,
  referral_id uuid NOT NULL,
  start_date date NOT NULL,
  end_date date,
  initial_category text NOT NULL CHECK (initial_category IN ('NEG', 'PHY', 'SAB', 'EMO', 'MUL')),
  latest_category text NOT NULL CHECK (latest_category IN ('NEG', 'PHY', 'SAB', 'EMO', 'MUL')),
  previous_plans integer NOT NULL DEFAULT 0 CHECK (previous_plans >= 0),
  PRIMARY KEY (la_code, id),
  FOREIGN KEY (la_code, person_id) REFERENCES person (la_code, id),
  FOREIGN KEY (la_code, referral_id) REFERENCES referral (la_code, id),
  CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX cp_plan_person ON cp_plan (la_code, person_id);

CREATE TABLE cp_conference (
  la_code text NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL,
  referral_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('initial', 'review')),
  conference_date date NOT NULL,
  s47_id uuid,
  cp_plan_id uuid,
  outcome text NOT NULL CHECK (outcome IN ('plan', 'no_plan', 'continue', 'end_plan')),
  PRIMARY KEY (la_code, id),
  FOREIGN KEY (la_code, person_id) REFERENCES person (la_code, id),
  FOREIGN KEY (la_code, referral_id) REFERENCES referral (la_code, id),
  FOREIGN KEY (la_code, s47_id) REFERENCES s47_enquiry (la_code, id),
  FOREIGN KEY (la_code, cp_plan_id) REFERENCES cp_plan (la_code, id)
);

CREATE TABLE core_group (
  la_code text NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL,
  cp_plan_id uuid NOT NULL,
  meeting_date date NOT NULL,
  PRIMARY KEY (la_code, id),
  FOREIGN KEY (la_code, person_id) REFERENCES person (la_code, id),
  FOREIGN KEY (la_code, cp_plan_id) REFERENCES cp_plan (la_code, id)
);

CREATE TABLE cin_plan (
  la_code text NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL,
  referral_id uuid NOT NULL,
  assessment_id uuid,
  start_date date NOT NULL,
  end_date date,
  PRIMARY KEY (la_code, id),
  FOREIGN KEY (la_code, person_id) REFERENCES person (la_code, id),
  FOREIGN KEY (la_code, referral_id) REFERENCES referral (la_code, id),
  FOREIGN KEY (la_code, assessment_id) REFERENCES assessment (la_code, id),
  CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX cin_plan_person ON cin_plan (la_code, person_id);

CREATE TABLE cin_plan_review (
  la_code text NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL,
  cin_plan_id uuid NOT NULL,
  review_date date NOT NULL,
  PRIMARY KEY (la_code, id),
  FOREIGN KEY (la_code, person_id) REFERENCES person (la_code, id),
  FOREIGN KEY (la_code, cin_plan_id) REFERENCES cin_plan (la_code, id)
);

CREATE TABLE pre_proceedings (
  la_code text NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL,
  decision_date date NOT NULL,
  letter_before_proceedings_date date,
  end_date date,
  outcome text CHECK (outcome IN ('diverted', 'proceedings_issued', 'ongoing_support', 'other')),
  PRIMARY KEY (la_code, id),
  FOREIGN KEY (la_code, person_id) REFERENCES person (la_code, id)
);

CREATE TABLE care_proceedings (
  la_code text NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL,
  issued_date date NOT NULL,
  concluded_date date,
  outcome text CHECK (outcome IN ('care_order', 'supervision_order', 'sgo', 'child_arrangements_order', 'placement_order', 'no_order', 'withdrawn')),
  PRIMARY KEY (la_code, id),
  FOREIGN KEY (la_code, person_id) REFERENCES person (la_code, id),
  CHECK (concluded_date IS NULL OR concluded_date >= issued_date)
);

-- Looked after: episodes exactly as the SSDA903 return has them.
CREATE TABLE cla_episode (
  la_code text NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL,
  start_date date NOT NULL,
  rne text NOT NULL CHECK (rne IN ('S', 'L', 'P', 'T', 'U', 'B')),
  legal_status text NOT NULL,
  category_of_need text NOT NULL CHECK (category_of_need ~ '^N[1-8]$'),
  placement_type text NOT NULL,
  placement_provider text,
  placement_postcode text,
  home_postcode text,
  urn text,
  reason_place_change text,
  end_date date,
  reason_end text,
  long_term_placement boolean NOT NULL DEFAULT false,
  PRIMARY KEY (la_code, id),
  FOREIGN KEY (la_code, person_id) REFERENCES person (la_code, id),
  CHECK (end_date IS NULL OR end_date >= start_date),
  CHECK ((end_date IS NULL) = (reason_end IS NULL))
);
CREATE INDEX cla_episode_person ON cla_episode (la_code, person_id, start_date);

CREATE TABLE cla_review (
  la_code text NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL,
  review_date date NOT NULL,
  participation text CHECK (participation ~ '^PN[0-7]$'),
  PRIMARY KEY (la_code, id),
  FOREIGN KEY (la_code, person_id) REFERENCES person (la_code, id)
);

-- Statutory and other visits, for every kind of plan.
CREATE TABLE visit (
  la_code text NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL,
  visit_date date NOT NULL,
  kind text NOT NULL CHECK (kind IN ('cp', 'cin', 'cla', 'care_leaver', 'assessment', 'other')),
  child_seen boolean NOT NULL,
  seen_alone boolean NOT NULL DEFAULT false,
  worker_id uuid,
  PRIMARY KEY (la_code, id),
  FOREIGN KEY (la_code, person_id) REFERENCES person (la_code, id),
  FOREIGN KEY (la_code, worker_id) REFERENCES worker (la_code, id),
  CHECK (child_seen OR NOT seen_alone)
);
CREATE INDEX visit_person ON visit (la_code, person_id, visit_date);

CREATE TABLE health_event (
  la_code text NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('initial_health_assessment', 'review_health_assessment', 'dental_check', 'immunisations', 'sdq')),
  event_date date NOT NULL,
  sdq_score integer CHECK (sdq_score BETWEEN 0 AND 40),
  PRIMARY KEY (la_code, id),
  FOREIGN KEY (la_code, person_id) REFERENCES person (la_code, id)
);

CREATE TABLE missing_episode (
  la_code text NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('M', 'A')),
  start_date date NOT NULL,
  end_date date,
  return_interview_offered_date date,
  return_interview_accepted boolean,
  PRIMARY KEY (la_code, id),
  FOREIGN KEY (la_code, person_id) REFERENCES person (la_code, id),
  CHECK (end_date IS NULL OR end_date >= start_date),
  CHECK (return_interview_offered_date IS NULL OR end_date IS NULL OR return_interview_offered_date >= end_date)
);

CREATE TABLE permanence_plan (
  la_code text NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL,
  plan_date date NOT NULL,
  plan text NOT NULL CHECK (plan IN ('return_home', 'adoption', 'special_guardianship', 'child_arrangements_order', 'long_term_fostering', 'residential', 'independent_living', 'other')),
  PRIMARY KEY (la_code, id),
  FOREIGN KEY (la_code, person_id) REFERENCES person (la_code, id)
);

-- SSDA903 AD1 and PlacedAdoption.
CREATE TABLE adoption (
  la_code text NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL,
  decision_date date NOT NULL,
  placement_order_date date,
  matched_date date,
  placed_date date,
  adoption_order_date date,
  ceased_date date,
  ceased_reason text CHECK (ceased_reason ~ '^RD[1-4]$'),
  foster_care boolean,
  number_of_adopters integer CHECK (number_of_adopters IN (1, 2)),
  sex_of_adopters text CHECK (sex_of_adopters IN ('M1', 'F1', 'MM', 'FF', 'MF')),
  legal_status_of_adopters text CHECK (legal_status_of_adopters IN ('L0', 'L11', 'L12', 'L2', 'L3', 'L4')),
  PRIMARY KEY (la_code, id),
  FOREIGN KEY (la_code, person_id) REFERENCES person (la_code, id)
);

CREATE TABLE care_leaver (
  la_code text NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL,
  eligibility text NOT NULL CHECK (eligibility IN ('eligible', 'relevant', 'former_relevant', 'qualifying')),
  start_date date NOT NULL,
  end_date date,
  personal_adviser text,
  pathway_plan_date date,
  staying_put boolean NOT NULL DEFAULT false,
  PRIMARY KEY (la_code, id),
  FOREIGN KEY (la_code, person_id) REFERENCES person (la_code, id),
  CHECK (end_date IS NULL OR end_date >= start_date)
);

CREATE TABLE care_leaver_contact (
  la_code text NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL,
  contact_date date NOT NULL,
  in_touch text NOT NULL CHECK (in_touch IN ('YES', 'NO', 'DIED', 'REFU', 'NREQ', 'RHOM')),
  accommodation text,
  activity text,
  PRIMARY KEY (la_code, id),
  FOREIGN KEY (la_code, person_id) REFERENCES person (la_code, id)
);

CREATE TABLE early_help_episode (
  la_code text NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL,
  start_date date NOT NULL,
  reason text,
  lead_professional text,
  lead_agency text NOT NULL CHECK (lead_agency IN ('local_authority', 'school', 'health', 'voluntary', 'other')),
  stepped_down_from_referral_id uuid,
  end_date date,
  end_reason text CHECK (end_reason IN ('needs_met', 'step_up', 'declined', 'moved_away', 'other')),
  PRIMARY KEY (la_code, id),
  FOREIGN KEY (la_code, person_id) REFERENCES person (la_code, id),
  FOREIGN KEY (la_code, stepped_down_from_referral_id) REFERENCES referral (la_code, id),
  CHECK (end_date IS NULL OR end_date >= start_date),
  CHECK ((end_date IS NULL) = (end_reason IS NULL))
);

CREATE TABLE early_help_assessment (
  la_code text NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL,
  early_help_episode_id uuid,
  start_date date NOT NULL,
  completed_date date,
  organisation text,
  PRIMARY KEY (la_code, id),
  FOREIGN KEY (la_code, person_id) REFERENCES person (la_code, id),
  FOREIGN KEY (la_code, early_help_episode_id) REFERENCES early_help_episode (la_code, id),
  CHECK (completed_date IS NULL OR completed_date >= start_date)
);

CREATE TABLE case_supervision (
  la_code text NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL,
  supervision_date date NOT NULL,
  supervisor_worker_id uuid,
  decisions text,
  PRIMARY KEY (la_code, id),
  FOREIGN KEY (la_code, person_id) REFERENCES person (la_code, id),
  FOREIGN KEY (la_code, supervisor_worker_id) REFERENCES worker (la_code, id)
);

-- Clocks: the next step's due date, set when the step before it is recorded, with the rule that set it.
CREATE TABLE task (
  la_code text NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL,
  rule_id text NOT NULL,
  title text NOT NULL,
  from_date date NOT NULL,
  due_date date NOT NULL,
  source_type text NOT NULL,
  source_id uuid NOT NULL,
  completed_date date,
  completed_by_type text,
  completed_by_id uuid,
  cancelled_date date,
  overdue_reason text CHECK (overdue_reason IN ('carer_unavailable', 'family_avoiding', 'worker_absent', 'child_abroad', 'child_in_hospital', 'other')),
  overdue_note text,
  PRIMARY KEY (la_code, id),
  FOREIGN KEY (la_code, person_id) REFERENCES person (la_code, id)
);
CREATE INDEX task_open ON task (la_code, due_date) WHERE completed_date IS NULL AND cancelled_date IS NULL;
CREATE INDEX task_person ON task (la_code, person_id);

-- Standard record columns, row-level security and privileges for every case table above.
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY[
    'person', 'person_address', 'relationship', 'person_warning', 'team', 'worker', 'allocation', 'contact',
    'referral', 'assessment', 'strategy_discussion', 's47_enquiry', 'cp_plan', 'cp_conference', 'core_group',
    'cin_plan', 'cin_plan_review', 'pre_proceedings', 'care_proceedings', 'cla_episode', 'cla_review', 'visit',
    'health_event', 'missing_episode', 'permanence_plan', 'adoption', 'care_leaver', 'care_leaver_contact',
    'early_help_episode', 'early_help_assessment', 'case_supervision', 'task'
  ] LOOP
    EXECUTE format($f$
      ALTER TABLE %1$I
        ADD COLUMN version integer NOT NULL DEFAULT 1,
        ADD COLUMN recorded_at timestamptz NOT NULL DEFAULT now(),
        ADD COLUMN recorded_by uuid REFERENCES app_user (id),
        ADD COLUMN corrected_at timestamptz,
        ADD COLUMN corrected_by uuid REFERENCES app_user (id),
        ADD COLUMN correction_reason text,
        ADD COLUMN voided_at timestamptz,
        ADD COLUMN voided_by uuid REFERENCES app_user (id),
        ADD COLUMN void_reason text,
        ADD CONSTRAINT %1$s_void_has_reason CHECK (voided_at IS NULL OR void_reason <> '')
    $f$, t);
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY %I ON %I USING (la_code = current_la_code()) WITH CHECK (la_code = current_la_code())', t || '_authority', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE ON %I TO hearth_app', t);
  END LOOP;
END
$$;

ALTER TABLE authority_policy ENABLE ROW LEVEL SECURITY;
ALTER TABLE authority_policy FORCE ROW LEVEL SECURITY;
CREATE POLICY authority_policy_authority ON authority_policy
  USING (la_code = current_la_code()) WITH CHECK (la_code = current_la_code());
GRANT SELECT, INSERT, UPDATE, DELETE ON authority_policy TO hearth_app;

-- Earlier versions of any record: written when a record is corrected or voided. Append-only.
CREATE TABLE record_version (
  la_code text NOT NULL REFERENCES local_authority (la_code),
  id bigint GENERATED ALWAYS AS IDENTITY,
  record_type text NOT NULL,
  record_id uuid NOT NULL,
  version integer NOT NULL,
  data jsonb NOT NULL,
  superseded_at timestamptz NOT NULL DEFAULT now(),
  superseded_by uuid REFERENCES app_user (id),
  reason text NOT NULL CHECK (reason <> ''),
  PRIMARY KEY (la_code, id),
  UNIQUE (la_code, record_type, record_id, version)
);
CREATE TRIGGER record_version_append_only BEFORE UPDATE OR DELETE ON record_version
  FOR EACH ROW EXECUTE FUNCTION reject_change();
ALTER TABLE record_version ENABLE ROW LEVEL SECURITY;
ALTER TABLE record_version FORCE ROW LEVEL SECURITY;
CREATE POLICY record_version_authority ON record_version
  USING (la_code = current_la_code()) WITH CHECK (la_code = current_la_code());
GRANT SELECT, INSERT ON record_version TO hearth_app;
