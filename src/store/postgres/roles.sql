-- kring on PostgreSQL — roles and the database, for IT to review and run
-- as a superuser (or a role with CREATEROLE and CREATEDB):
--
--     kring db setup --print-sql | psql -v ON_ERROR_STOP=1
--
-- The group roles are made once per server (running this again is safe);
-- the database is new. Nothing is granted to PUBLIC. No passwords are set
-- here: give each login one with \password in psql (stored as SCRAM), or
-- use certificates.

-- Each made once per server; running this again (or twice at once) is safe.
DO $$ BEGIN
    CREATE ROLE kring_owner NOLOGIN;   -- owns the schema, runs migrations
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$;
DO $$ BEGIN
    CREATE ROLE kring_staff NOLOGIN;   -- every staff member
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$;
DO $$ BEGIN
    CREATE ROLE kring_admin NOLOGIN IN ROLE kring_staff;  -- erase, staff, handover
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$;

-- Byte-order sorting, as SQLite's: lists sort the same on a file and a server.
CREATE DATABASE :"database" OWNER kring_owner ENCODING 'UTF8' LC_COLLATE 'C' TEMPLATE template0;
REVOKE ALL ON DATABASE :"database" FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE :"database" TO kring_staff;

-- The owner is not a person's everyday login: a role that owns the tables
-- may change anything in them, the audit log included. IT keeps one login
-- for setting up and upgrading the schema:
--   CREATE ROLE kring_setup LOGIN IN ROLE kring_owner;
-- and one login per staff member, admins and the others:
--   CREATE ROLE sanne LOGIN IN ROLE kring_admin;
--   CREATE ROLE joost LOGIN IN ROLE kring_staff;
