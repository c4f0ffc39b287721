-- Version 8: the login a staff member works under (their account on a shared
-- host, or their PostgreSQL role), so kring knows who is acting without --as.
ALTER TABLE staff ADD COLUMN login TEXT;
CREATE UNIQUE INDEX staff_login ON staff (login);
