-- A deprivation of liberty order (DoLO): an order of the High Court, under its inherent jurisdiction,
-- authorising the deprivation of a looked-after child's liberty in their placement. The SSDA903 return
-- collects each order's start and end from 2026/27 (table DoLo, rules 700-710).
CREATE TABLE deprivation_of_liberty (
  la_code text NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL,
  start_date date NOT NULL,
  end_date date,
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
  CONSTRAINT deprivation_of_liberty_void_has_reason CHECK (voided_at IS NULL OR void_reason <> ''),
  -- Rule 702: an order ends on or after the day it started.
  CONSTRAINT deprivation_of_liberty_end_after_start CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX deprivation_of_liberty_person ON deprivation_of_liberty (la_code, person_id);
ALTER TABLE deprivation_of_liberty ENABLE ROW LEVEL SECURITY;
ALTER TABLE deprivation_of_liberty FORCE ROW LEVEL SECURITY;
CREATE POLICY deprivation_of_liberty_authority ON deprivation_of_liberty
  USING (la_code = current_la_code()) WITH CHECK (la_code = current_la_code());
GRANT SELECT, INSERT, UPDATE ON deprivation_of_liberty TO hearth_app;
SELECT hearth_scope_by_person('deprivation_of_liberty', 'person_id');
