-- kring on PostgreSQL — who may do what, enforced by the database itself.
--
-- Run by the owner role after schema.sql. kring checks these rules first and
-- explains a refusal in plain words; the database refuses even a client that
-- does not ask kring (psql, a script, a changed binary).
--
--   kring_staff  every staff member: read everything, record and edit contact,
--                delete their own mistakes (an interaction, a follow-up, a tag)
--   kring_admin  also: erase a person (GDPR), add, change or remove staff,
--                hand over a colleague's companies
--   nobody       changes or deletes the audit log; an entry always carries the
--                staff id of whoever wrote it. The one exception is erasing a
--                person, which removes them from the log too, through
--                kring_audit_forget/kring_audit_rewrite (admins only).

REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO kring_staff;
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
REVOKE ALL ON FUNCTION kring_add_days(TEXT, INTEGER), kring_last_contact(), kring_changed(),
    kring_json_path(TEXT), json_valid(TEXT), json_extract(TEXT, TEXT), json_type(TEXT, TEXT), json_each(TEXT, TEXT), kring_rowid(TID) FROM PUBLIC;

-- The staff member this session is: the staff record linked to the login.
CREATE FUNCTION current_staff() RETURNS BIGINT
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
    RETURN (SELECT id FROM staff WHERE login = session_user AND left_on IS NULL);

CREATE FUNCTION kring_is_admin() RETURNS BOOLEAN
    LANGUAGE sql STABLE
    RETURN pg_has_role(session_user, 'kring_admin', 'MEMBER');

GRANT EXECUTE ON FUNCTION current_staff(), kring_is_admin(), kring_add_days(TEXT, INTEGER),
    kring_json_path(TEXT), json_valid(TEXT), json_extract(TEXT, TEXT), json_type(TEXT, TEXT), json_each(TEXT, TEXT), kring_rowid(TID) TO kring_staff;

GRANT SELECT ON ALL TABLES IN SCHEMA public TO kring_staff;
-- UPDATE lets a dry run (import, merge, handover) give back the ids it took.
GRANT USAGE, UPDATE ON ALL SEQUENCES IN SCHEMA public TO kring_staff;
GRANT INSERT, UPDATE ON company, tag, company_tag, person, employment, interaction,
    interaction_person, followup, engagement, recognition, circle, circle_member, meeting,
    meeting_attendance, import_batch, import_item, merge_log, goal, question, question_step,
    team_capacity, person_topic, campaign, campaign_invitee TO kring_staff;
GRANT DELETE ON company_tag, interaction, interaction_person, followup, meeting_attendance,
    circle_member, employment, import_item, goal, team_capacity, person_topic,
    campaign_invitee TO kring_staff;
GRANT INSERT ON audit_log TO kring_staff;

-- Admins: people and staff. Erasing a person also removes what an import
-- or a merge kept of them.
GRANT DELETE ON person, merge_log TO kring_admin;
GRANT INSERT, UPDATE ON staff, setting, team TO kring_admin;

-- The audit log: everyone reads it; an entry is written with one's own id.
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
CREATE POLICY audit_read ON audit_log FOR SELECT TO kring_staff USING (true);
-- (An admin may write on a colleague's behalf: `kring --as NAME`.)
CREATE POLICY audit_own_entries ON audit_log FOR INSERT TO kring_staff
    WITH CHECK (staff_id IS NOT DISTINCT FROM current_staff() OR kring_is_admin());

-- Erasing a person removes them from the log as well (GDPR beats the log):
-- their own entries go, and entries that mention them are rewritten by the
-- store with the name redacted. Admins only.
CREATE FUNCTION kring_audit_forget(of_entity TEXT, of_id BIGINT) RETURNS BIGINT
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
CREATE FUNCTION kring_audit_rewrite(entry BIGINT, new_detail TEXT) RETURNS VOID
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
CREATE FUNCTION kring_guard_owner() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    IF OLD.owner_id IS DISTINCT FROM NEW.owner_id
       AND OLD.owner_id IS NOT NULL
       AND OLD.owner_id IS DISTINCT FROM current_staff()
       AND NOT kring_is_admin() THEN
        RAISE EXCEPTION 'only an admin may hand over a colleague''s companies'
            USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER company_owner_guard BEFORE UPDATE OF owner_id ON company
    FOR EACH ROW EXECUTE FUNCTION kring_guard_owner();
