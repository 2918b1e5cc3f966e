-- Every table of a child's records is found by the child: an import looks each incoming record up by its
-- child (and a date), and a child's record is read table by table. These had no index on the child, so each
-- look-up read the whole table, and importing an authority's records again took time growing with the square
-- of their number.
CREATE INDEX adoption_person ON adoption (la_code, person_id);
CREATE INDEX care_leaver_person ON care_leaver (la_code, person_id);
CREATE INDEX care_leaver_contact_person ON care_leaver_contact (la_code, person_id);
CREATE INDEX care_proceedings_person ON care_proceedings (la_code, person_id);
CREATE INDEX case_supervision_person ON case_supervision (la_code, person_id);
CREATE INDEX cin_plan_review_person ON cin_plan_review (la_code, person_id);
CREATE INDEX cla_review_person ON cla_review (la_code, person_id);
CREATE INDEX core_group_person ON core_group (la_code, person_id);
CREATE INDEX cp_conference_person ON cp_conference (la_code, person_id);
CREATE INDEX early_help_assessment_person ON early_help_assessment (la_code, person_id);
CREATE INDEX early_help_episode_person ON early_help_episode (la_code, person_id);
CREATE INDEX health_event_person ON health_event (la_code, person_id);
CREATE INDEX missing_episode_person ON missing_episode (la_code, person_id);
CREATE INDEX permanence_plan_person ON permanence_plan (la_code, person_id);
CREATE INDEX person_address_person ON person_address (la_code, person_id);
CREATE INDEX person_warning_person ON person_warning (la_code, person_id);
CREATE INDEX pre_proceedings_person ON pre_proceedings (la_code, person_id);
CREATE INDEX relationship_person ON relationship (la_code, person_id);
CREATE INDEX s47_enquiry_person ON s47_enquiry (la_code, person_id);
CREATE INDEX strategy_discussion_person ON strategy_discussion (la_code, person_id);
