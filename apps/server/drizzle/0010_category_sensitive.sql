ALTER TABLE "case_categories" ADD COLUMN "sensitive" boolean DEFAULT false NOT NULL;--> statement-breakpoint
UPDATE "case_categories" SET "sensitive" = true WHERE "code" IN ('G01', 'G03', 'G04', 'L05') OR "parent_id" IN (SELECT "id" FROM "case_categories" WHERE "code" IN ('G01', 'G03', 'G04', 'L05'));
