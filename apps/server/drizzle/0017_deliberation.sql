CREATE TABLE "meeting_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"seq" bigserial NOT NULL,
	"meeting_id" uuid NOT NULL,
	"action" text NOT NULL,
	"actor_user_id" uuid,
	"actor_name" text NOT NULL,
	"note" text,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_registrations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"meeting_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"path" text NOT NULL,
	"state" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"seat" text,
	"roles" text[] DEFAULT '{}' NOT NULL,
	"queue_no" integer NOT NULL,
	"code" text NOT NULL,
	"registered_at" timestamp with time zone NOT NULL,
	"checked_in_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "meeting_series" (
	"id" uuid PRIMARY KEY NOT NULL,
	"community_id" uuid NOT NULL,
	"path" text NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"place" text NOT NULL,
	"rule" jsonb NOT NULL,
	"seats" integer DEFAULT 0 NOT NULL,
	"reserved" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"convener_user_id" uuid,
	"starts_on" date NOT NULL,
	"generated_until" date NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meetings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"community_id" uuid NOT NULL,
	"path" text NOT NULL,
	"series_id" uuid,
	"occurrence" date,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"place" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"state" text DEFAULT 'scheduled' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"seats" integer DEFAULT 0 NOT NULL,
	"reserved" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"agenda" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"convener_user_id" uuid,
	"next_queue_no" integer DEFAULT 1 NOT NULL,
	"occupancy_notified" integer[] DEFAULT '{}' NOT NULL,
	"minutes" text,
	"attending_organizations" text[] DEFAULT '{}' NOT NULL,
	"attendees_count" integer,
	"cancel_reason" text,
	"closed_at" timestamp with time zone,
	"reminders_sent" integer[] DEFAULT '{}' NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "suggestion_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"seq" bigserial NOT NULL,
	"suggestion_id" uuid NOT NULL,
	"action" text NOT NULL,
	"from_state" text,
	"to_state" text NOT NULL,
	"actor_user_id" uuid,
	"actor_name" text NOT NULL,
	"note" text,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "suggestion_milestones" (
	"id" uuid PRIMARY KEY NOT NULL,
	"suggestion_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"weight" integer DEFAULT 1 NOT NULL,
	"progress" integer DEFAULT 0 NOT NULL,
	"due_date" date
);
--> statement-breakpoint
CREATE TABLE "suggestions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"community_id" uuid NOT NULL,
	"path" text NOT NULL,
	"source" text NOT NULL,
	"meeting_id" uuid,
	"suggester_user_id" uuid,
	"suggester_name" text NOT NULL,
	"title" text NOT NULL,
	"content" text NOT NULL,
	"state" text DEFAULT 'collected' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"outcome" text,
	"reason" text,
	"case_id" uuid,
	"budget_yuan" numeric,
	"deadline" date,
	"progress" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "meeting_events_meeting_idx" ON "meeting_events" USING btree ("meeting_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "meeting_registrations_live_uq" ON "meeting_registrations" USING btree ("meeting_id","user_id") WHERE state <> 'left';--> statement-breakpoint
CREATE UNIQUE INDEX "meeting_registrations_code_uq" ON "meeting_registrations" USING btree ("meeting_id","code");--> statement-breakpoint
CREATE INDEX "meeting_registrations_user_idx" ON "meeting_registrations" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "meeting_series_path_idx" ON "meeting_series" USING btree ("path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "meetings_path_starts_idx" ON "meetings" USING btree ("path" text_pattern_ops,"starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "meetings_series_occurrence_uq" ON "meetings" USING btree ("series_id","occurrence");--> statement-breakpoint
CREATE INDEX "meetings_unclosed_idx" ON "meetings" USING btree ("ends_at") WHERE state in ('scheduled', 'held');--> statement-breakpoint
CREATE INDEX "suggestion_events_suggestion_idx" ON "suggestion_events" USING btree ("suggestion_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "suggestion_milestones_position_uq" ON "suggestion_milestones" USING btree ("suggestion_id","position");--> statement-breakpoint
CREATE INDEX "suggestions_path_created_idx" ON "suggestions" USING btree ("path" text_pattern_ops,"created_at");--> statement-breakpoint
CREATE INDEX "suggestions_suggester_idx" ON "suggestions" USING btree ("suggester_user_id");--> statement-breakpoint
CREATE INDEX "suggestions_case_idx" ON "suggestions" USING btree ("case_id");