-- Per-authority performance settings (issue 5): population, targets and tolerances, benchmarks, the
-- priority areas of the scrutiny report, and the officers' commentary kept per area and month.

CREATE TABLE authority_population (
  la_code text NOT NULL REFERENCES local_authority (la_code),
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  population integer NOT NULL CHECK (population > 0),
  PRIMARY KEY (la_code, year)
);

-- A target for an indicator from a financial year on (year = the April it starts), with the RAG tolerance:
-- within `tolerance` of the target (in the indicator's unit) on the wrong side is amber, beyond it red.
CREATE TABLE indicator_target (
  la_code text NOT NULL REFERENCES local_authority (la_code),
  indicator_id text NOT NULL,
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  target numeric NOT NULL,
  tolerance numeric NOT NULL DEFAULT 0 CHECK (tolerance >= 0),
  PRIMARY KEY (la_code, indicator_id, year)
);

-- Comparators: statistical neighbours, region, England, and the authority's own previous years.
CREATE TABLE indicator_benchmark (
  la_code text NOT NULL REFERENCES local_authority (la_code),
  indicator_id text NOT NULL,
  comparator text NOT NULL CHECK (comparator IN ('statistical_neighbours', 'region', 'england', 'authority')),
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  value numeric NOT NULL,
  PRIMARY KEY (la_code, indicator_id, comparator, year)
);

CREATE TABLE priority_area (
  la_code text NOT NULL REFERENCES local_authority (la_code),
  id text NOT NULL CHECK (id ~ '^[a-z0-9_]{1,40}$'),
  title text NOT NULL CHECK (title <> ''),
  position integer NOT NULL,
  indicator_ids text[] NOT NULL DEFAULT '{}',
  PRIMARY KEY (la_code, id)
);

CREATE TABLE scrutiny_commentary (
  la_code text NOT NULL REFERENCES local_authority (la_code),
  area_id text NOT NULL,
  month text NOT NULL CHECK (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  analysis text NOT NULL DEFAULT '',
  actions text NOT NULL DEFAULT '',
  rag text CHECK (rag IN ('red', 'amber', 'green')),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES app_user (id),
  PRIMARY KEY (la_code, area_id, month),
  FOREIGN KEY (la_code, area_id) REFERENCES priority_area (la_code, id)
);

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['authority_population', 'indicator_target', 'indicator_benchmark', 'priority_area', 'scrutiny_commentary'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY %I ON %I USING (la_code = current_la_code()) WITH CHECK (la_code = current_la_code())', t || '_authority', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO hearth_app', t);
  END LOOP;
END
$$;
