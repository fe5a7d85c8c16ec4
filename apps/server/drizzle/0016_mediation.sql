CREATE TABLE "dispute_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"dispute_id" uuid NOT NULL,
	"action" text NOT NULL,
	"from_state" text,
	"to_state" text NOT NULL,
	"actor_user_id" uuid,
	"actor_name" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"note" text,
	"data" jsonb,
	"is_public" boolean DEFAULT true NOT NULL,
	"path" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dispute_parties" (
	"id" uuid PRIMARY KEY NOT NULL,
	"dispute_id" uuid NOT NULL,
	"path" text NOT NULL,
	"name" text NOT NULL,
	"side" text NOT NULL,
	"phone_enc" text,
	"phone_mask" text,
	"id_number_enc" text,
	"id_number_mask" text,
	"address" text DEFAULT '' NOT NULL,
	"user_id" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dispute_sessions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"dispute_id" uuid NOT NULL,
	"path" text NOT NULL,
	"held_at" timestamp with time zone NOT NULL,
	"place" text DEFAULT '' NOT NULL,
	"record" text NOT NULL,
	"mediator_ids" uuid[] DEFAULT '{}' NOT NULL,
	"party_ids" uuid[] DEFAULT '{}' NOT NULL,
	"recorded_by_name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "disputes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"dispute_no" text NOT NULL,
	"committee_id" uuid NOT NULL,
	"community_id" uuid NOT NULL,
	"path" text NOT NULL,
	"source" text NOT NULL,
	"source_ref" text DEFAULT '' NOT NULL,
	"kind" text NOT NULL,
	"summary" text NOT NULL,
	"state" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"case_id" uuid,
	"mediator_ids" uuid[] DEFAULT '{}' NOT NULL,
	"dossier" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"accepted_at" timestamp with time zone,
	"due_at" timestamp with time zone,
	"extension_days" integer,
	"extension_reason" text,
	"extension_consent_ids" uuid[],
	"extended_at" timestamp with time zone,
	"concluded_at" timestamp with time zone,
	"outcome" text,
	"reject_reason" text,
	"failed_route" text,
	"outcome_note" text,
	"agreement_form" text,
	"terms" text,
	"performance_due_on" date,
	"performance" text,
	"performance_at" timestamp with time zone,
	"confirmation" text DEFAULT 'none' NOT NULL,
	"confirmation_court" text,
	"confirmation_applied_at" timestamp with time zone,
	"confirmation_decided_at" timestamp with time zone,
	"followed_up_at" timestamp with time zone,
	"follow_up_rating" text,
	"follow_up_note" text,
	"archived_at" timestamp with time zone,
	"created_by_user_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mediation_committees" (
	"id" uuid PRIMARY KEY NOT NULL,
	"community_id" uuid NOT NULL,
	"path" text NOT NULL,
	"name" text NOT NULL,
	"term_starts_on" date NOT NULL,
	"term_ends_on" date NOT NULL,
	"next_dispute_no" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mediation_screenings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"committee_id" uuid NOT NULL,
	"path" text NOT NULL,
	"held_on" date NOT NULL,
	"area" text NOT NULL,
	"found" integer NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_by_user_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mediators" (
	"id" uuid PRIMARY KEY NOT NULL,
	"committee_id" uuid NOT NULL,
	"path" text NOT NULL,
	"name" text NOT NULL,
	"gender" text NOT NULL,
	"kind" text NOT NULL,
	"seat" text,
	"background" text NOT NULL,
	"specialities" text[] DEFAULT '{}' NOT NULL,
	"user_id" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "dispute_events_dispute_idx" ON "dispute_events" USING btree ("dispute_id","at");--> statement-breakpoint
CREATE INDEX "dispute_parties_dispute_idx" ON "dispute_parties" USING btree ("dispute_id");--> statement-breakpoint
CREATE INDEX "dispute_parties_user_idx" ON "dispute_parties" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "dispute_sessions_dispute_idx" ON "dispute_sessions" USING btree ("dispute_id","held_at");--> statement-breakpoint
CREATE UNIQUE INDEX "disputes_committee_no_uq" ON "disputes" USING btree ("committee_id","dispute_no");--> statement-breakpoint
CREATE INDEX "disputes_path_received_idx" ON "disputes" USING btree ("path" text_pattern_ops,"received_at");--> statement-breakpoint
CREATE INDEX "disputes_received_idx" ON "disputes" USING btree ("received_at","id");--> statement-breakpoint
CREATE INDEX "disputes_case_idx" ON "disputes" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "mediation_committees_community_uq" ON "mediation_committees" USING btree ("community_id");--> statement-breakpoint
CREATE INDEX "mediation_committees_path_idx" ON "mediation_committees" USING btree ("path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "mediation_screenings_committee_idx" ON "mediation_screenings" USING btree ("committee_id","held_on");--> statement-breakpoint
CREATE INDEX "mediation_screenings_path_idx" ON "mediation_screenings" USING btree ("path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "mediators_committee_idx" ON "mediators" USING btree ("committee_id");--> statement-breakpoint
CREATE INDEX "mediators_user_idx" ON "mediators" USING btree ("user_id");