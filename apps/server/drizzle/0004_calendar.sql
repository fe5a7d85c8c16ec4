CREATE TABLE "calendar_overrides" (
	"day" text PRIMARY KEY NOT NULL,
	"workday" boolean NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
