-- kring on PostgreSQL — who may do what, enforced by the database itself.
--
-- Run by the owner role after schema.sql, and again after every upgrade of
-- the schema (it replaces what it made before, so it is safe to run twice).
-- kring checks these rules first and explains a refusal in plain words; the
-- database refuses even a client that does not ask kring (psql, a script, a
-- changed binary). docs/team.md lists what is enforced and what is not.
--
--   kring_staff  every staff member: read everything, record and edit
--                contact, delete their own interactions and follow-ups
--   kring_admin  also: erase a person (GDPR), add, change or remove staff,
--                hand over a colleague's companies, act for a colleague
--   a login      writes only while it is linked to a staff member who has
--                not left; a leaver's login reads nothing either
--   nobody       changes or deletes the audit log or sets an id counter;
--                every change, whichever client made it, is in the history
--                with the staff member (or login) who made it

REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO kring_staff;
-- What follows is the whole of the rights: earlier grants go first.
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC, kring_staff, kring_admin;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC, kring_staff, kring_admin;
REVOKE ALL ON FUNCTION kring_add_days(TEXT, INTEGER), kring_last_contact(), kring_changed(),
    kring_json_path(TEXT), json_valid(TEXT), json_extract(TEXT, TEXT), json_type(TEXT, TEXT), json_each(TEXT, TEXT), kring_rowid(TID) FROM PUBLIC;

-- The staff member this session is: the staff record linked to the login.
-- (These run for every statement, some for every row: in PL/pgSQL, whose
-- plans are kept for the session, where an SQL function would be planned
-- again at each call. A login names at most one staff member.)
CREATE OR REPLACE FUNCTION current_staff() RETURNS BIGINT
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$
BEGIN
    RETURN (SELECT id FROM staff WHERE login = session_user AND left_on IS NULL);
END $$;

CREATE OR REPLACE FUNCTION kring_is_admin() RETURNS BOOLEAN
    LANGUAGE sql STABLE
    RETURN pg_has_role(session_user, 'kring_admin', 'MEMBER');

-- The owner of kring's tables (IT's setup login) or a superuser.
CREATE OR REPLACE FUNCTION kring_is_owner() RETURNS BOOLEAN
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$
BEGIN
    RETURN pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE oid = 'public.staff'::regclass), 'MEMBER');
END $$;

-- A kring being set up: nobody is linked to a login yet. An admin's `init`
-- and `migrate-to` fill it before they are linked themselves.
CREATE OR REPLACE FUNCTION kring_setting_up() RETURNS BOOLEAN
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$
BEGIN
    RETURN kring_is_admin() AND NOT EXISTS (SELECT 1 FROM staff WHERE login IS NOT NULL AND left_on IS NULL);
END $$;

-- Reading: everyone but a leaver. A login linked to a staff member who has
-- left reads nothing (a login nobody linked reads, and may not write).
CREATE OR REPLACE FUNCTION kring_may_read() RETURNS BOOLEAN
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$
BEGIN
    RETURN NOT EXISTS (SELECT 1 FROM staff WHERE login = session_user AND left_on IS NOT NULL);
END $$;

GRANT EXECUTE ON FUNCTION current_staff(), kring_is_admin(), kring_is_owner(), kring_setting_up(), kring_may_read(),
    kring_add_days(TEXT, INTEGER), kring_json_path(TEXT), json_valid(TEXT), json_extract(TEXT, TEXT),
    json_type(TEXT, TEXT), json_each(TEXT, TEXT), kring_rowid(TID) TO kring_staff;

GRANT SELECT ON ALL TABLES IN SCHEMA public TO kring_staff;
-- Ids come from the counters; nobody but the owner sets one (a dry run may
-- leave a gap; an id is never handed out twice).
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO kring_staff;
GRANT INSERT, UPDATE ON company, tag, company_tag, person, employment, interaction,
    interaction_person, followup, engagement, recognition, circle, circle_member, meeting,
    meeting_attendance, import_batch, import_item, merge_log, goal, question, question_step,
    team_capacity, person_topic, campaign, campaign_invitee, capture, capture_person, capture_seen, capture_folder,
    membership, staff_affiliation, introduction, place, outside_ask, offer, attachment, saved_view, bulk_change,
    kind_cadence TO kring_staff;
-- What a bulk change changed is written once, with it, and never rewritten.
GRANT INSERT ON bulk_change_item TO kring_staff;
-- A month's health score is kept once, by whoever computes it first; it is
-- derived, never changed: nobody but the owner rewrites or deletes it.
GRANT INSERT ON health_snapshot TO kring_staff;
-- Deleting a company, a person, an interaction or a follow-up is checked row
-- by row below (an import's undo, a person's merge, one's own mistakes).
GRANT DELETE ON company, person, company_tag, interaction, interaction_person, followup, meeting_attendance,
    circle_member, employment, import_item, goal, team_capacity, person_topic,
    campaign_invitee, capture_person, attachment, saved_view, kind_cadence TO kring_staff;
GRANT INSERT ON audit_log TO kring_staff;

-- Admins: staff and teams. Erasing a person also removes what a merge kept of them.
GRANT DELETE ON merge_log, capture, capture_seen TO kring_admin;
GRANT INSERT, UPDATE ON staff, setting, team TO kring_admin;

-- After rows came in with their ids (`import all`, `migrate-to`): a table's
-- counter moves past the highest id, never back.
CREATE OR REPLACE FUNCTION kring_ids_past(of_table TEXT, highest BIGINT) RETURNS VOID
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    counter TEXT := pg_get_serial_sequence(of_table, 'id');
BEGIN
    IF counter IS NOT NULL AND highest > coalesce(pg_sequence_last_value(counter::regclass), 0) THEN
        PERFORM setval(counter, highest);
    END IF;
END $$;
REVOKE ALL ON FUNCTION kring_ids_past(TEXT, BIGINT) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION kring_ids_past(TEXT, BIGINT) TO kring_staff;

-- Every write comes from a login linked to a current staff member (or the
-- owner, or an admin setting kring up): checked once per statement, before
-- it touches a row, on every table.
CREATE OR REPLACE FUNCTION kring_guard_writer() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    IF current_staff() IS NOT NULL OR kring_is_owner() OR kring_setting_up() THEN
        RETURN NULL;
    END IF;
    RAISE EXCEPTION 'the login % is not linked to a current staff member: it may read but not write', session_user
        USING ERRCODE = '42501', HINT = 'an admin links it with: kring staff link NAME --login ' || session_user;
END $$;

-- Each table: the writer's check, and reading for all but leavers. The
-- policies for writing let every row through: what may be written is
-- decided by the grants and the triggers, which refuse aloud (a policy
-- would skip rows silently).
DO $$
DECLARE t TEXT;
BEGIN
    FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename <> 'schema_version' LOOP
        EXECUTE format('DROP TRIGGER IF EXISTS %I ON %I', t || '_writer', t);
        EXECUTE format('CREATE TRIGGER %I BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I
                        FOR EACH STATEMENT EXECUTE FUNCTION kring_guard_writer()', t || '_writer', t);
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('DROP POLICY IF EXISTS kring_read ON %I', t);
        EXECUTE format('CREATE POLICY kring_read ON %I FOR SELECT TO kring_staff USING ((SELECT kring_may_read()))', t);
        IF t <> 'audit_log' THEN
            EXECUTE format('DROP POLICY IF EXISTS kring_insert ON %I', t);
            EXECUTE format('CREATE POLICY kring_insert ON %I FOR INSERT TO kring_staff WITH CHECK (true)', t);
            EXECUTE format('DROP POLICY IF EXISTS kring_update ON %I', t);
            EXECUTE format('CREATE POLICY kring_update ON %I FOR UPDATE TO kring_staff USING (true)', t);
            EXECUTE format('DROP POLICY IF EXISTS kring_delete ON %I', t);
            EXECUTE format('CREATE POLICY kring_delete ON %I FOR DELETE TO kring_staff USING (true)', t);
        END IF;
    END LOOP;
END $$;

-- The audit log: an entry is written with one's own staff id (an admin may
-- write on a colleague's behalf: `kring --as NAME`), never without one
-- (but while an admin sets kring up, when history comes along from a file).
DROP POLICY IF EXISTS audit_read ON audit_log;
DROP POLICY IF EXISTS audit_own_entries ON audit_log;
CREATE POLICY audit_own_entries ON audit_log FOR INSERT TO kring_staff
    WITH CHECK ((staff_id IS NOT NULL AND (staff_id = current_staff() OR kring_is_admin())) OR kring_setting_up());

-- Erasing a person removes them from the log as well (GDPR beats the log):
-- their own entries go, and entries that mention them are rewritten by the
-- store with the name redacted. Admins only.
CREATE OR REPLACE FUNCTION kring_audit_forget(of_entity TEXT, of_id BIGINT) RETURNS BIGINT
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE gone BIGINT;
BEGIN
    IF NOT kring_is_admin() THEN
        RAISE EXCEPTION 'only an admin may erase a person' USING ERRCODE = '42501';
    END IF;
    DELETE FROM audit_log WHERE entity = of_entity AND entity_id = of_id;
    GET DIAGNOSTICS gone = ROW_COUNT;
    RETURN gone;
END $$;
CREATE OR REPLACE FUNCTION kring_audit_rewrite(entry BIGINT, new_detail TEXT) RETURNS VOID
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    IF NOT kring_is_admin() THEN
        RAISE EXCEPTION 'only an admin may erase a person' USING ERRCODE = '42501';
    END IF;
    UPDATE audit_log SET detail = new_detail WHERE id = entry;
END $$;
REVOKE ALL ON FUNCTION kring_audit_forget(TEXT, BIGINT), kring_audit_rewrite(BIGINT, TEXT) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION kring_audit_forget(TEXT, BIGINT), kring_audit_rewrite(BIGINT, TEXT) TO kring_admin;

-- A company's owner changes from a colleague to someone else only by an
-- admin (a handover); one's own companies may be given to anyone.
CREATE OR REPLACE FUNCTION kring_guard_owner() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    IF OLD.owner_id IS DISTINCT FROM NEW.owner_id
       AND OLD.owner_id IS NOT NULL
       AND OLD.owner_id IS DISTINCT FROM current_staff()
       AND NOT kring_is_admin() AND NOT kring_is_owner() THEN
        RAISE EXCEPTION 'only an admin may hand over a colleague''s companies'
            USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS company_owner_guard ON company;
CREATE TRIGGER company_owner_guard BEFORE UPDATE OF owner_id ON company
    FOR EACH ROW EXECUTE FUNCTION kring_guard_owner();

-- Who did it. The trigger's arguments name a table's staff columns: `=col`
-- is who did something, which is the login's own staff member (an admin may
-- act for a colleague) and stays so; `col` names someone on purpose (a
-- follow-up *for* a colleague, a company's owner, a teacher), who must be a
-- staff member who has not left, as kring requires.
CREATE OR REPLACE FUNCTION kring_guard_who() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    me BIGINT := current_staff();
    arg TEXT;
    col TEXT;
    own BOOLEAN;
    new_id BIGINT;
    old_id BIGINT;
BEGIN
    IF kring_is_owner() OR kring_is_admin() THEN
        RETURN NEW;
    END IF;
    FOREACH arg IN ARRAY TG_ARGV LOOP
        own := left(arg, 1) = '=';
        col := ltrim(arg, '=');
        new_id := (to_jsonb(NEW) ->> col)::BIGINT;
        IF TG_OP = 'UPDATE' THEN
            old_id := (to_jsonb(OLD) ->> col)::BIGINT;
            CONTINUE WHEN new_id IS NOT DISTINCT FROM old_id;
            IF own THEN
                RAISE EXCEPTION '%.% says who did it and stays so: only an admin may change it', TG_TABLE_NAME, col
                    USING ERRCODE = '42501';
            END IF;
        END IF;
        IF own AND new_id IS DISTINCT FROM me THEN
            RAISE EXCEPTION '%.% must be your own staff id (%), not %', TG_TABLE_NAME, col, me, coalesce(new_id::TEXT, 'empty')
                USING ERRCODE = '42501', HINT = 'only an admin may act on behalf of a colleague';
        END IF;
        IF NOT own AND new_id IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM staff WHERE id = new_id AND left_on IS NULL) THEN
            RAISE EXCEPTION '%.%: staff member % has left or does not exist; new work goes to a current colleague', TG_TABLE_NAME, col, new_id
                USING ERRCODE = '23514';
        END IF;
    END LOOP;
    RETURN NEW;
END $$;
DO $$
DECLARE
    guarded TEXT[][] := ARRAY[
        ['interaction', '''=staff_id'''],
        ['followup', '''staff_id'''],
        ['company', '''owner_id'''],
        ['engagement', '''staff_id'''],
        ['question', '''=staff_id'', ''teacher_id'''],
        ['question_step', '''=staff_id'''],
        ['campaign', '''=staff_id'''],
        ['goal', '''staff_id'''],
        ['meeting_attendance', '''staff_id'''],
        ['import_batch', '''=staff_id'''],
        ['merge_log', '''=staff_id'''],
        ['capture', '''=staff_id'''],
        ['capture_folder', '''=staff_id'''],
        ['introduction', '''=staff_id'''],
        ['place', '''=staff_id'''],
        ['outside_ask', '''=staff_id'''],
        ['offer', '''=staff_id'''],
        ['attachment', '''=staff_id'''],
        ['saved_view', '''=staff_id'''],
        ['bulk_change', '''=staff_id''']];
    i INT;
BEGIN
    FOR i IN 1 .. array_length(guarded, 1) LOOP
        EXECUTE format('DROP TRIGGER IF EXISTS %I ON %I', guarded[i][1] || '_who', guarded[i][1]);
        EXECUTE format('CREATE TRIGGER %I BEFORE INSERT OR UPDATE ON %I FOR EACH ROW EXECUTE FUNCTION kring_guard_who(%s)',
                       guarded[i][1] || '_who', guarded[i][1], guarded[i][2]);
    END LOOP;
END $$;

-- Deleting: one's own interactions and follow-ups (an interaction a circle
-- meeting's attendance made goes with the attendance, whoever withdraws
-- it); a company or a person only when one's own import is undone, or a
-- person folded into another by a merge; erasing a person is an admin's.
CREATE OR REPLACE FUNCTION kring_guard_delete() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    me BIGINT := current_staff();
    by_whom TEXT;
BEGIN
    IF kring_is_owner() OR kring_is_admin() THEN
        RETURN OLD;
    END IF;
    IF TG_TABLE_NAME = 'interaction' THEN
        IF OLD.staff_id IS NOT DISTINCT FROM me OR OLD.meeting_id IS NOT NULL THEN
            RETURN OLD;
        END IF;
        SELECT name INTO by_whom FROM staff WHERE id = OLD.staff_id;
        RAISE EXCEPTION 'only the colleague who logged it (%) or an admin may delete this interaction', coalesce(by_whom, 'nobody')
            USING ERRCODE = '42501';
    ELSIF TG_TABLE_NAME = 'saved_view' THEN
        IF OLD.staff_id IS NOT DISTINCT FROM me THEN
            RETURN OLD;
        END IF;
        SELECT name INTO by_whom FROM staff WHERE id = OLD.staff_id;
        RAISE EXCEPTION 'only the colleague who saved it (%) or an admin may remove this view', coalesce(by_whom, 'nobody')
            USING ERRCODE = '42501';
    ELSIF TG_TABLE_NAME = 'attachment' THEN
        IF OLD.staff_id IS NOT DISTINCT FROM me THEN
            RETURN OLD;
        END IF;
        SELECT name INTO by_whom FROM staff WHERE id = OLD.staff_id;
        RAISE EXCEPTION 'only the colleague who attached it (%) or an admin may remove this link', coalesce(by_whom, 'nobody')
            USING ERRCODE = '42501';
    ELSIF TG_TABLE_NAME = 'followup' THEN
        IF OLD.staff_id IS NOT DISTINCT FROM me OR EXISTS (
            SELECT 1 FROM audit_log WHERE entity = 'followup' AND entity_id = OLD.id AND action = 'create' AND staff_id = me) THEN
            RETURN OLD;
        END IF;
        SELECT name INTO by_whom FROM staff WHERE id = OLD.staff_id;
        RAISE EXCEPTION 'only the colleague it is for (%), whoever made it, or an admin may delete this follow-up', coalesce(by_whom, 'nobody')
            USING ERRCODE = '42501';
    END IF;
    -- company, person: what one's own import made, being undone (looked
    -- up through one's imports: the few of them, each by its key).
    IF EXISTS (SELECT 1 FROM import_batch b
                WHERE b.staff_id = me AND b.undone_at IS NULL
                  AND EXISTS (SELECT 1 FROM import_item i
                               WHERE i.import_id = b.id AND i.entity = TG_TABLE_NAME
                                 AND i.entity_id = OLD.id AND i.action = 'created')) THEN
        RETURN OLD;
    END IF;
    IF TG_TABLE_NAME = 'person' THEN
        IF EXISTS (SELECT 1 FROM merge_log WHERE entity = 'person' AND merged_id = OLD.id AND staff_id = me AND undone_at IS NULL) THEN
            RETURN OLD;
        END IF;
        RAISE EXCEPTION 'only an admin may erase a person' USING ERRCODE = '42501';
    END IF;
    RAISE EXCEPTION 'a company is archived, not deleted (only the undo of one''s own import deletes what it made)'
        USING ERRCODE = '42501';
END $$;
DO $$
DECLARE t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['interaction', 'followup', 'company', 'person', 'attachment', 'saved_view'] LOOP
        EXECUTE format('DROP TRIGGER IF EXISTS %I ON %I', t || '_delete', t);
        EXECUTE format('CREATE TRIGGER %I BEFORE DELETE ON %I FOR EACH ROW EXECUTE FUNCTION kring_guard_delete()', t || '_delete', t);
    END LOOP;
END $$;

-- An import is undone by whoever made it, or an admin.
CREATE OR REPLACE FUNCTION kring_guard_undo() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    IF OLD.undone_at IS DISTINCT FROM NEW.undone_at AND OLD.staff_id IS DISTINCT FROM current_staff()
       AND NOT kring_is_admin() AND NOT kring_is_owner() THEN
        RAISE EXCEPTION 'only the colleague who imported it or an admin may undo import #%', OLD.id
            USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS import_batch_undo ON import_batch;
CREATE TRIGGER import_batch_undo BEFORE UPDATE ON import_batch
    FOR EACH ROW EXECUTE FUNCTION kring_guard_undo();

-- A bulk change is undone by whoever made it, or an admin; what it was and
-- what it changed stay as written (only its undoing is ever recorded).
CREATE OR REPLACE FUNCTION kring_guard_bulk_undo() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    IF kring_is_owner() THEN
        RETURN NEW;
    END IF;
    IF OLD.at IS DISTINCT FROM NEW.at OR OLD.description IS DISTINCT FROM NEW.description
       OR OLD.staff_id IS DISTINCT FROM NEW.staff_id OR OLD.undone_at IS NOT NULL THEN
        RAISE EXCEPTION 'bulk change #% is kept as it was made: only its undo is recorded, once', OLD.id
            USING ERRCODE = '42501';
    END IF;
    IF OLD.staff_id IS DISTINCT FROM current_staff() AND NOT kring_is_admin() THEN
        RAISE EXCEPTION 'only the colleague who made it or an admin may undo bulk change #%', OLD.id
            USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS bulk_change_undo ON bulk_change;
CREATE TRIGGER bulk_change_undo BEFORE UPDATE ON bulk_change
    FOR EACH ROW EXECUTE FUNCTION kring_guard_bulk_undo();

-- Records move from one company to another (a merge) only with the owner's
-- consent: the owner of the company they leave, or an admin, unless both
-- companies have the same owner or the first has none.
CREATE OR REPLACE FUNCTION kring_guard_move() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    from_owner BIGINT;
    to_owner BIGINT;
    owner_name TEXT;
BEGIN
    IF OLD.company_id IS NOT DISTINCT FROM NEW.company_id OR kring_is_admin() OR kring_is_owner() THEN
        RETURN NEW;
    END IF;
    SELECT owner_id INTO from_owner FROM company WHERE id = OLD.company_id;
    SELECT owner_id INTO to_owner FROM company WHERE id = NEW.company_id;
    IF from_owner IS NOT NULL AND from_owner IS DISTINCT FROM current_staff() AND from_owner IS DISTINCT FROM to_owner THEN
        SELECT name INTO owner_name FROM staff WHERE id = from_owner;
        RAISE EXCEPTION 'only % (who owns company #%) or an admin may move its records to a company someone else owns', owner_name, OLD.company_id
            USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END $$;
DO $$
DECLARE t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['interaction', 'followup', 'engagement', 'recognition', 'question', 'employment',
                             'circle_member', 'campaign_invitee', 'company_tag'] LOOP
        EXECUTE format('DROP TRIGGER IF EXISTS %I ON %I', t || '_move', t);
        EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE OF company_id ON %I FOR EACH ROW EXECUTE FUNCTION kring_guard_move()', t || '_move', t);
    END LOOP;
END $$;

-- History, whichever client made the change. kring writes its own entries
-- (with what changed, in its words) in the transaction of the change; at
-- commit, a change to a record that no entry of this transaction names
-- (the record, or the company or person it hangs on) gets one here: the
-- fields that changed (not their values: the log names fields, not personal
-- data), the staff member or login, and the program (psql, a script).
--
-- Each statement notes what it changed (from its transition tables, so one
-- call a statement, not one a row) in a table of the owner's that nobody
-- else can reach; the first note of a transaction queues the one check
-- that runs at its commit. (A deferred trigger for every row would be
-- checked again by every cascade in the transaction: quadratic.)
CREATE SCHEMA IF NOT EXISTS kring_private;
REVOKE ALL ON SCHEMA kring_private FROM PUBLIC;
CREATE UNLOGGED TABLE IF NOT EXISTS kring_private.pending (
    tx        XID8,           -- none: found unnamed at commit, being written
    entity    TEXT NOT NULL,
    entity_id BIGINT,
    action    TEXT NOT NULL,
    tbl       TEXT NOT NULL,
    fields    JSONB,
    company   BIGINT,
    -- [[entity, id], …]: the records an entry may name instead.
    alts      JSONB NOT NULL
);
CREATE INDEX IF NOT EXISTS pending_by_tx ON kring_private.pending (tx);
CREATE UNLOGGED TABLE IF NOT EXISTS kring_private.pending_tx (tx XID8 PRIMARY KEY);

-- Arguments: the entity, its id column, whether rows have an `id` (to pair
-- an update's old and new rows), then up to two pairs of another entity and
-- the column that names it. Static SQL: PL/pgSQL compiles a trigger
-- function apart for each table, so its plans are kept.
CREATE OR REPLACE FUNCTION kring_history_note() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    entity CONSTANT TEXT := TG_ARGV[0];
    id_col CONSTANT TEXT := TG_ARGV[1];
    paired CONSTANT BOOLEAN := TG_ARGV[2] = 'id';
    e1 CONSTANT TEXT := CASE WHEN TG_NARGS > 4 THEN TG_ARGV[3] END;
    c1 CONSTANT TEXT := CASE WHEN TG_NARGS > 4 THEN TG_ARGV[4] END;
    e2 CONSTANT TEXT := CASE WHEN TG_NARGS > 6 THEN TG_ARGV[5] END;
    c2 CONSTANT TEXT := CASE WHEN TG_NARGS > 6 THEN TG_ARGV[6] END;
    action CONSTANT TEXT := CASE WHEN TG_TABLE_NAME <> TG_ARGV[0] THEN 'update' ELSE lower(TG_OP) END;
    derived CONSTANT TEXT[] := ARRAY['last_contact_on', 'contact_due_on', 'effective_cadence', 'updated_at',
                                     'search', 'written_search', 'group_cadence_days', 'group_cadence_from'];
    noted BIGINT := 0;
    more BIGINT := 0;
BEGIN
    IF kring_setting_up() THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'UPDATE' AND paired THEN
        -- Old and new rows paired by id; only what really changed counts.
        INSERT INTO kring_private.pending (tx, entity, entity_id, action, tbl, fields, company, alts)
        SELECT pg_current_xact_id(), entity, (j ->> id_col)::BIGINT, action, TG_TABLE_NAME, fields,
               (j ->> 'company_id')::BIGINT,
               jsonb_build_array(jsonb_build_array(e1, (j ->> c1)::BIGINT), jsonb_build_array(e2, (j ->> c2)::BIGINT),
                                 jsonb_build_array(e1, (o ->> c1)::BIGINT), jsonb_build_array(e2, (o ->> c2)::BIGINT))
          FROM (SELECT j, o, (SELECT jsonb_agg(k ORDER BY k) FROM jsonb_object_keys(j) k
                               WHERE j -> k IS DISTINCT FROM o -> k AND NOT k = ANY (derived)) AS fields
                  FROM (SELECT to_jsonb(n) AS j, to_jsonb(o) AS o FROM new_rows n JOIN old_rows o ON o.id = n.id) pairs
               ) changed
         WHERE fields IS NOT NULL;
        GET DIAGNOSTICS noted = ROW_COUNT;
    ELSE
        IF TG_OP <> 'DELETE' THEN
            INSERT INTO kring_private.pending (tx, entity, entity_id, action, tbl, fields, company, alts)
            SELECT pg_current_xact_id(), entity, (j ->> id_col)::BIGINT, action, TG_TABLE_NAME, NULL,
                   (j ->> 'company_id')::BIGINT,
                   jsonb_build_array(jsonb_build_array(e1, (j ->> c1)::BIGINT), jsonb_build_array(e2, (j ->> c2)::BIGINT))
              FROM (SELECT to_jsonb(r) AS j FROM new_rows r) rows;
            GET DIAGNOSTICS noted = ROW_COUNT;
        END IF;
        IF TG_OP <> 'INSERT' THEN
            INSERT INTO kring_private.pending (tx, entity, entity_id, action, tbl, fields, company, alts)
            SELECT pg_current_xact_id(), entity, (j ->> id_col)::BIGINT, action, TG_TABLE_NAME, NULL,
                   (j ->> 'company_id')::BIGINT,
                   jsonb_build_array(jsonb_build_array(e1, (j ->> c1)::BIGINT), jsonb_build_array(e2, (j ->> c2)::BIGINT))
              FROM (SELECT to_jsonb(r) AS j FROM old_rows r) rows;
            GET DIAGNOSTICS more = ROW_COUNT;
        END IF;
        noted := noted + more;
    END IF;
    IF noted > 0 THEN
        INSERT INTO kring_private.pending_tx (tx) VALUES (pg_current_xact_id()) ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END $$;

-- At commit: an entry for each noted change that no entry of this
-- transaction names (its savepoints included: their ids come after the
-- transaction's own), one per record and kind of change.
CREATE OR REPLACE FUNCTION kring_history_commit() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    this_tx CONSTANT XID := xid(pg_current_xact_id());
    me CONSTANT BIGINT := current_staff();
    unnamed BIGINT;
BEGIN
    -- Most often kring named everything: one look, and nothing to write.
    INSERT INTO kring_private.pending (tx, entity, entity_id, action, tbl, fields, company, alts)
    SELECT NULL, p.entity, p.entity_id, p.action, p.tbl, p.fields, p.company, p.alts
      FROM kring_private.pending p
     WHERE p.tx = NEW.tx
       AND NOT EXISTS (SELECT 1 FROM audit_log a
                        WHERE a.entity = p.entity AND a.entity_id = p.entity_id AND age(a.xmin) <= age(this_tx))
       AND NOT EXISTS (SELECT 1 FROM jsonb_array_elements(p.alts) x, audit_log a
                        WHERE a.entity = x ->> 0 AND a.entity_id = (x ->> 1)::BIGINT AND age(a.xmin) <= age(this_tx));
    GET DIAGNOSTICS unnamed = ROW_COUNT;
    IF unnamed > 0 THEN
        INSERT INTO audit_log (at, staff_id, entity, entity_id, action, detail)
        SELECT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS'), me, entity, entity_id, action,
               jsonb_strip_nulls(jsonb_build_object(
                   'via', coalesce(nullif(current_setting('application_name', true), ''), 'another client'),
                   'fields', (SELECT jsonb_agg(DISTINCT f ORDER BY f)
                                FROM jsonb_array_elements(g.fields) each, jsonb_array_elements_text(each) f
                               WHERE jsonb_typeof(each) = 'array'),
                   'table', CASE WHEN tbl <> entity THEN tbl END,
                   'company', CASE WHEN entity <> 'company' THEN company END,
                   'login', CASE WHEN me IS NULL THEN session_user END))::TEXT
          FROM (SELECT entity, entity_id, action, tbl, max(company) AS company, jsonb_agg(fields) AS fields
                  FROM kring_private.pending WHERE tx IS NULL
                 GROUP BY entity, entity_id, action, tbl) g
         ORDER BY entity, entity_id;
        DELETE FROM kring_private.pending WHERE tx IS NULL;
    END IF;
    DELETE FROM kring_private.pending WHERE tx = NEW.tx;
    DELETE FROM kring_private.pending_tx WHERE tx = NEW.tx;
    RETURN NULL;
END $$;
DROP TRIGGER IF EXISTS pending_commit ON kring_private.pending_tx;
CREATE CONSTRAINT TRIGGER pending_commit AFTER INSERT ON kring_private.pending_tx
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION kring_history_commit();

DO $$
DECLARE
    kept TEXT[][] := ARRAY[
        ['company', '''company'', ''id'', ''id'''],
        ['person', '''person'', ''id'', ''id'''],
        ['employment', '''person'', ''person_id'', ''id'', ''company'', ''company_id'''],
        ['person_topic', '''person'', ''person_id'', ''id'''],
        ['interaction', '''interaction'', ''id'', ''id'', ''company'', ''company_id'''],
        ['interaction_person', '''interaction'', ''interaction_id'', '''', ''person'', ''person_id'''],
        ['followup', '''followup'', ''id'', ''id'', ''company'', ''company_id'', ''person'', ''person_id'''],
        ['engagement', '''engagement'', ''id'', ''id'', ''company'', ''company_id'''],
        ['recognition', '''recognition'', ''id'', ''id'', ''company'', ''company_id'', ''person'', ''trainer_person_id'''],
        ['question', '''question'', ''id'', ''id'', ''company'', ''company_id'', ''person'', ''person_id'''],
        ['question_step', '''question'', ''question_id'', ''id'''],
        ['company_tag', '''company'', ''company_id'', '''''],
        ['circle', '''circle'', ''id'', ''id'''],
        ['circle_member', '''circle'', ''circle_id'', '''', ''company'', ''company_id'''],
        ['meeting', '''meeting'', ''id'', ''id'', ''circle'', ''circle_id'''],
        ['meeting_attendance', '''meeting'', ''meeting_id'', '''', ''person'', ''person_id'''],
        ['campaign', '''campaign'', ''id'', ''id'''],
        ['campaign_invitee', '''campaign'', ''campaign_id'', ''id'', ''company'', ''company_id'', ''person'', ''person_id'''],
        ['goal', '''goal'', ''id'', ''id'''],
        ['team', '''team'', ''id'', ''id'''],
        ['team_capacity', '''team'', ''team_id'', ''id'''],
        ['staff', '''staff'', ''id'', ''id'''],
        ['membership', '''company'', ''company_id'', ''id'', ''company'', ''organisation_id'''],
        ['staff_affiliation', '''company'', ''company_id'', ''id'''],
        ['introduction', '''introduction'', ''id'', ''id'', ''company'', ''company_id'', ''person'', ''person_id'''],
        ['place', '''place'', ''id'', ''id'', ''company'', ''company_id'''],
        ['outside_ask', '''outside_ask'', ''id'', ''id'', ''company'', ''company_id'''],
        ['offer', '''offer'', ''id'', ''id'''],
        ['attachment', '''attachment'', ''id'', ''id'', ''company'', ''company_id'', ''person'', ''person_id''']];
    i INT;
    op TEXT;
BEGIN
    FOR i IN 1 .. array_length(kept, 1) LOOP
        FOREACH op IN ARRAY ARRAY['insert', 'update', 'delete'] LOOP
            EXECUTE format('DROP TRIGGER IF EXISTS %I ON %I', kept[i][1] || '_history_' || op, kept[i][1]);
            EXECUTE format('CREATE TRIGGER %I AFTER %s ON %I REFERENCING %s FOR EACH STATEMENT
                            EXECUTE FUNCTION kring_history_note(%s)',
                           kept[i][1] || '_history_' || op, upper(op), kept[i][1],
                           CASE op WHEN 'insert' THEN 'NEW TABLE AS new_rows'
                                   WHEN 'update' THEN 'OLD TABLE AS old_rows NEW TABLE AS new_rows'
                                   ELSE 'OLD TABLE AS old_rows' END,
                           kept[i][2]);
        END LOOP;
    END LOOP;
END $$;
