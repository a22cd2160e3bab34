-- Council voting guards drizzle cannot express (docs/voting.md). Re-create verbatim when renumbering.
-- 1. Never more counted ballots in a poll than voters marked as having voted (a secret ballot names no voter,
--    so this, with the unique receipt, is what keeps one counted ballot per voter there).
CREATE FUNCTION ballots_within_voters() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (SELECT count(*) FROM ballots WHERE poll_id = NEW.poll_id AND current)
     > (SELECT count(*) FROM poll_voters WHERE poll_id = NEW.poll_id AND voted) THEN
    RAISE EXCEPTION 'poll %: more counted ballots than voters who voted', NEW.poll_id USING ERRCODE = '23514';
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER ballots_within_voters AFTER INSERT OR UPDATE ON ballots
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ballots_within_voters();
--> statement-breakpoint
-- 2. A ballot is cast only into an open poll.
CREATE FUNCTION ballots_poll_open() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM polls WHERE id = NEW.poll_id AND status = 'open') THEN
    RAISE EXCEPTION 'poll %: not open', NEW.poll_id USING ERRCODE = '23514';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER ballots_poll_open BEFORE INSERT ON ballots FOR EACH ROW EXECUTE FUNCTION ballots_poll_open();
