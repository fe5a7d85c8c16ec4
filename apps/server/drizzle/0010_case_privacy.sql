ALTER TABLE "case_categories" ADD COLUMN "sensitive" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX "case_events_photos_idx" ON "case_events" USING gin ("photos") WHERE cardinality("case_events"."photos") > 0;--> statement-breakpoint
CREATE INDEX "cases_photos_idx" ON "cases" USING gin ("photos") WHERE cardinality("cases"."photos") > 0;--> statement-breakpoint
UPDATE "case_categories" SET "sensitive" = true WHERE "code" IN ('G01', 'G03', 'G04', 'L05') OR "parent_id" IN (SELECT "id" FROM "case_categories" WHERE "code" IN ('G01', 'G03', 'G04', 'L05'));
