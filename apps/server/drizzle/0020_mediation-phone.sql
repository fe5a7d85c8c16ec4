ALTER TABLE "disputes" ADD COLUMN "preferred_time" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "disputes" ADD COLUMN "reminders_sent" text[] DEFAULT '{}' NOT NULL;