-- The annual outcomes of a child looked after continuously for 12 months at 31 March (SSDA903 OC2) that
-- are not health events: whether the child was convicted in the year (aged 10 or over), whether a
-- substance misuse problem was identified and whether an intervention was received or offered and refused,
-- and the reason there is no strengths and difficulties questionnaire score. One record per child and year
-- (corrections make new versions, as for every record).
CREATE TABLE cla_outcome (
  la_code text NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL,
  year_end date NOT NULL CHECK (extract(month FROM year_end) = 3 AND extract(day FROM year_end) = 31),
  convicted boolean,
  substance_misuse boolean NOT NULL,
  intervention_received boolean,
  intervention_offered boolean,
  sdq_reason text CHECK (sdq_reason IN ('SDQ1', 'SDQ2', 'SDQ3', 'SDQ4', 'SDQ5')),
  version integer NOT NULL DEFAULT 1,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  recorded_by uuid REFERENCES app_user (id),
  corrected_at timestamptz,
  corrected_by uuid REFERENCES app_user (id),
  correction_reason text,
  voided_at timestamptz,
  voided_by uuid REFERENCES app_user (id),
  void_reason text,
  PRIMARY KEY (la_code, id),
  FOREIGN KEY (la_code, person_id) REFERENCES person (la_code, id),
  CONSTRAINT cla_outcome_void_has_reason CHECK (voided_at IS NULL OR void_reason <> ''),
  -- Rules 193, 158 and 192/159: the intervention items follow the substance misuse answer.
  CONSTRAINT cla_outcome_intervention_needs_misuse
    CHECK (substance_misuse OR (intervention_received IS NULL AND intervention_offered IS NULL)),
  CONSTRAINT cla_outcome_intervention_received
    CHECK (NOT substance_misuse OR intervention_received IS NOT NULL),
  CONSTRAINT cla_outcome_intervention_offered
    CHECK (NOT coalesce(intervention_received, false) OR intervention_offered IS NULL)
);
CREATE UNIQUE INDEX cla_outcome_one_per_year ON cla_outcome (la_code, person_id, year_end)
  WHERE voided_at IS NULL;
ALTER TABLE cla_outcome ENABLE ROW LEVEL SECURITY;
ALTER TABLE cla_outcome FORCE ROW LEVEL SECURITY;
CREATE POLICY cla_outcome_authority ON cla_outcome
  USING (la_code = current_la_code()) WITH CHECK (la_code = current_la_code());
GRANT SELECT, INSERT, UPDATE ON cla_outcome TO hearth_app;

-- Whether the child was adopted, or subject to a special guardianship, residence or child arrangements
-- order, before the period of care (SSDA903 PrevPerm), recorded on its first episode: the option (P1-P4, or
-- Z1 when none is known), the authority that made the arrangement and its date (rules 630-635).
ALTER TABLE cla_episode
  ADD COLUMN previous_permanence text CHECK (previous_permanence IN ('P1', 'P2', 'P3', 'P4', 'Z1')),
  ADD COLUMN previous_permanence_la text,
  ADD COLUMN previous_permanence_date date,
  ADD CONSTRAINT cla_episode_previous_permanence_on_start
    CHECK (rne = 'S' OR (previous_permanence IS NULL AND previous_permanence_la IS NULL
      AND previous_permanence_date IS NULL)),
  ADD CONSTRAINT cla_episode_previous_permanence_before_start
    CHECK (previous_permanence_date IS NULL OR previous_permanence_date < start_date);
