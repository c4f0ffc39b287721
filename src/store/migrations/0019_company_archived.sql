-- Version 19: the archived companies, by themselves. Counting what is due
-- among the companies still kept ("recognitions to check again", on Today)
-- then leaves out the few archived ones through this small index instead
-- of reading every company (on a server, 52 ms -> 2 ms on the large demo).
CREATE INDEX company_archived ON company (id) WHERE archived <> 0;
