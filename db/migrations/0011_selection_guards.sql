-- Selection guards drizzle cannot express (issue #16).
-- 1. At most the call's cap of recommendations per voivodeship, also when two assessors send at the same moment:
--    the trigger locks the call's row first, so concurrent recommendations in one call queue up and each counts
--    the ones committed before it (READ COMMITTED takes a new snapshot per statement).
CREATE FUNCTION selection_recommendations_cap() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  call_cap integer;
  taken integer;
  form_voivodeship text;
BEGIN
  SELECT cap_per_voivodeship INTO call_cap FROM selection_calls WHERE id = NEW.call_id FOR UPDATE;
  SELECT voivodeship_teryt INTO form_voivodeship FROM selection_forms WHERE id = NEW.form_id AND call_id = NEW.call_id;
  IF form_voivodeship IS DISTINCT FROM NEW.voivodeship_teryt THEN
    RAISE EXCEPTION 'selection: the form is not of this call and voivodeship' USING ERRCODE = 'check_violation', CONSTRAINT = 'selection_recommendations_form';
  END IF;
  SELECT count(*) INTO taken FROM selection_recommendations
    WHERE call_id = NEW.call_id AND voivodeship_teryt = NEW.voivodeship_teryt AND form_id <> NEW.form_id;
  IF taken >= call_cap THEN
    RAISE EXCEPTION 'selection: at most % recommendations per voivodeship', call_cap USING ERRCODE = 'check_violation', CONSTRAINT = 'selection_recommendations_cap';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER selection_recommendations_cap BEFORE INSERT OR UPDATE ON selection_recommendations
  FOR EACH ROW EXECUTE FUNCTION selection_recommendations_cap();
--> statement-breakpoint
-- 2. The criteria and the cap are frozen once the call has opened.
CREATE FUNCTION selection_calls_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.opened_at IS NOT NULL AND (NEW.criteria IS DISTINCT FROM OLD.criteria OR NEW.cap_per_voivodeship IS DISTINCT FROM OLD.cap_per_voivodeship) THEN
    RAISE EXCEPTION 'selection: criteria and cap are frozen after the call opened' USING ERRCODE = 'check_violation', CONSTRAINT = 'selection_calls_frozen';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER selection_calls_frozen BEFORE UPDATE ON selection_calls
  FOR EACH ROW EXECUTE FUNCTION selection_calls_frozen();
--> statement-breakpoint
ALTER TABLE selection_calls ADD CONSTRAINT selection_calls_cap_range CHECK (cap_per_voivodeship BETWEEN 1 AND 10);
