-- The date the placement plan was agreed (Care Planning Regulations, regulation 9: within 5 working days).
ALTER TABLE cla_episode ADD COLUMN placement_plan_date date;
ALTER TABLE cla_episode ADD CONSTRAINT cla_episode_placement_plan_after_start
  CHECK (placement_plan_date IS NULL OR placement_plan_date >= start_date);
