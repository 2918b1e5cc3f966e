-- The OC2 outcomes table (0006) was made before per-user scope (0007): put it under the same rule as every
-- other table of a child's records.
SELECT hearth_scope_by_person('cla_outcome', 'person_id');
