-- Version 3: indexes for Today's collaboration and recognition sections, so
-- they read an index instead of scanning every engagement and recognition.
CREATE INDEX engagement_unevaluated ON engagement (ends_on) WHERE evaluation IS NULL AND status <> 'cancelled';
CREATE INDEX recognition_recheck ON recognition (recheck_on) WHERE recheck_on IS NOT NULL;
