CREATE TABLE "residence_claims" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"community_id" uuid NOT NULL,
	"path" text NOT NULL,
	"address" text NOT NULL,
	"state" text NOT NULL,
	"house_id" uuid,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"reason" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rate_counters" (
	"key" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "rate_counters_key_window_start_pk" PRIMARY KEY("key","window_start")
);
--> statement-breakpoint
CREATE INDEX "residence_claims_path_idx" ON "residence_claims" USING btree ("path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "residence_claims_user_idx" ON "residence_claims" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "residence_claims_pending_uq" ON "residence_claims" USING btree ("user_id") WHERE state = 'pending';--> statement-breakpoint
CREATE INDEX "sessions_last_seen_idx" ON "sessions" USING btree ("last_seen_at");