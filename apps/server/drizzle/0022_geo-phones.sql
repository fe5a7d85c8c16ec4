ALTER TABLE "users" ADD COLUMN "phone_masked" text;--> statement-breakpoint
-- Backfill: an account whose phone hash is a resident's on the register has that resident's phone; take its masked copy.
-- Other accounts cannot be backfilled from the hash alone (staff gain one when an admin sets the phone, residents at
-- their next SMS login, demo accounts from the demo-contacts step).
UPDATE "users" AS u SET "phone_masked" = (
  SELECT r."phone_masked" FROM "residents" AS r WHERE r."phone_hash" = u."phone_hash" AND r."phone_masked" IS NOT NULL LIMIT 1
) WHERE u."phone_masked" IS NULL AND u."phone_hash" IS NOT NULL;
