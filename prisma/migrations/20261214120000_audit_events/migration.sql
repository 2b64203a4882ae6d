-- Audit entries as data (issue #28.8, #27): an event code and its parameters,
-- put into words in the reader's language when the log is shown, and a kind
-- of actor for the app's own (scheduled publishing, automatic deletion, the
-- public request form), which no longer pose as staff users.
--
-- Older entries: their actor's kind is set from the made-up account ids they
-- were written with. The sentences the code wrote in English with a fixed
-- wording (second factor, passkeys, settings, questions, deletions after a
-- while) become events, so they read in Spanish too. Every other summary is
-- a name or a title as staff typed it (a meeting, a place, a person): it
-- stays as stored and is shown as it is.

-- CreateEnum
CREATE TYPE "AuditActorKind" AS ENUM ('STAFF', 'SCHEDULER', 'RETENTION', 'PUBLIC_FORM');

-- AlterTable
ALTER TABLE "AuditEntry" ADD COLUMN     "actorKind" "AuditActorKind" NOT NULL DEFAULT 'STAFF',
ADD COLUMN     "event" VARCHAR(60),
ADD COLUMN     "params" JSONB,
ALTER COLUMN "actorEmail" DROP NOT NULL,
ALTER COLUMN "summary" DROP NOT NULL;

-- Every new entry names its actor's kind itself.
ALTER TABLE "AuditEntry" ALTER COLUMN "actorKind" DROP DEFAULT;

-- The app's own actors: no account id or address.
UPDATE "AuditEntry" SET "actorKind" = 'SCHEDULER', "actorId" = NULL, "actorEmail" = NULL
WHERE "actorId" = 'scheduler' AND "entityType" = 'meeting' AND "action" = 'PUBLISH';
UPDATE "AuditEntry" SET "actorKind" = 'RETENTION', "actorId" = NULL, "actorEmail" = NULL
WHERE "actorId" = 'scheduler';
UPDATE "AuditEntry" SET "actorKind" = 'PUBLIC_FORM', "actorId" = NULL, "actorEmail" = NULL
WHERE "actorId" = 'public-form';

-- "<sentence>: Name <email>" about a staff member.
WITH parsed AS (
  SELECT e."id", p.event, regexp_match(e."summary", '^' || p.sentence || ': (.*) <([^<>]*)>$') AS m
  FROM "AuditEntry" AS e
  JOIN (VALUES
    ('secondFactor', 'secondFactor.appOn', 'Authenticator app turned on'),
    ('secondFactor', 'secondFactor.appOff', 'Authenticator app turned off'),
    ('secondFactor', 'secondFactor.backupCodesReplaced', 'New backup codes made'),
    ('secondFactor', 'secondFactor.backupCodeSignIn', 'Backup code used to sign in'),
    ('secondFactor', 'secondFactor.backupCodeConfirm', 'Backup code used to confirm a change'),
    ('secondFactor', 'secondFactor.reset', 'Second factor reset')
  ) AS p(entity_type, event, sentence) ON e."entityType" = p.entity_type
  WHERE e."event" IS NULL
)
UPDATE "AuditEntry" AS e
SET "event" = parsed.event, "params" = jsonb_build_object('person', jsonb_build_object('name', parsed.m[1], 'email', parsed.m[2]))
FROM parsed
WHERE e."id" = parsed."id" AND parsed.m IS NOT NULL;

-- Passkey “name” added/removed: Name <email>
WITH parsed AS (
  SELECT "id", regexp_match("summary", '^Passkey “(.*)” (added|removed): (.*) <([^<>]*)>$') AS m
  FROM "AuditEntry"
  WHERE "entityType" = 'passkey' AND "event" IS NULL
)
UPDATE "AuditEntry" AS e
SET "event" = 'passkey.' || parsed.m[2],
    "params" = jsonb_build_object('passkey', parsed.m[1], 'person', jsonb_build_object('name', parsed.m[3], 'email', parsed.m[4]))
FROM parsed
WHERE e."id" = parsed."id" AND parsed.m IS NOT NULL;

-- The two settings: on or off, from the value the entry recorded.
UPDATE "AuditEntry"
SET "event" = 'secondFactor.editorsSetting', "params" = jsonb_build_object('required', COALESCE(("after" ->> 'requireSecondFactorForEditors')::boolean, false))
WHERE "entityType" = 'staffSettings' AND "summary" = 'Second factor for editors' AND "event" IS NULL;
UPDATE "AuditEntry"
SET "event" = 'statement.reviewSetting', "params" = jsonb_build_object('required', COALESCE(("after" ->> 'statementChangesNeedReview')::boolean, false))
WHERE "entityType" = 'staffSettings' AND "summary" = 'Statement changes need review' AND "event" IS NULL;

-- Question 1a2b3c4d on meeting <id>: answered | published | unpublished | deleted  (or "(general)")
WITH parsed AS (
  SELECT "id", regexp_match("summary", '^Question ([^ ]+)(?: on meeting ([^ :]+)| \(general\)): (answered|published|unpublished|deleted)$') AS m
  FROM "AuditEntry"
  WHERE "entityType" = 'question' AND "event" IS NULL
)
UPDATE "AuditEntry" AS e
SET "event" = 'question.' || parsed.m[3], "params" = jsonb_build_object('question', parsed.m[1], 'meeting', parsed.m[2])
FROM parsed
WHERE e."id" = parsed."id" AND parsed.m IS NOT NULL;

-- Question 1a2b3c4d (meeting <id> | general): deleted unpublished after 30 days
WITH parsed AS (
  SELECT "id", regexp_match("summary", '^Question ([^ ]+) \((?:meeting ([^ )]+)|general)\): deleted unpublished after ([0-9]+) days$') AS m
  FROM "AuditEntry"
  WHERE "entityType" = 'question' AND "event" IS NULL
)
UPDATE "AuditEntry" AS e
SET "event" = 'question.expired', "params" = jsonb_build_object('question', parsed.m[1], 'meeting', parsed.m[2], 'days', parsed.m[3]::integer)
FROM parsed
WHERE e."id" = parsed."id" AND parsed.m IS NOT NULL;

-- <organization>: contact details deleted after 90 days
WITH parsed AS (
  SELECT "id", regexp_match("summary", '^(.*): contact details deleted after ([0-9]+) days$') AS m
  FROM "AuditEntry"
  WHERE "entityType" = 'sessionRequest' AND "action" = 'DELETE' AND "event" IS NULL
)
UPDATE "AuditEntry" AS e
SET "event" = 'sessionRequest.contactDeleted', "params" = jsonb_build_object('organization', parsed.m[1], 'days', parsed.m[2]::integer)
FROM parsed
WHERE e."id" = parsed."id" AND parsed.m IS NOT NULL;
