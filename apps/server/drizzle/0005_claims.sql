CREATE TABLE "claim_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"subject_kind" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"claim_id" uuid,
	"action" text NOT NULL,
	"from_state" text,
	"to_state" text NOT NULL,
	"actor_user_id" uuid,
	"actor_name" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"note" text,
	"photos" text[] DEFAULT '{}' NOT NULL,
	"data" jsonb,
	"path" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "claims" (
	"id" uuid PRIMARY KEY NOT NULL,
	"item_kind" text NOT NULL,
	"item_id" uuid NOT NULL,
	"path" text NOT NULL,
	"claimant_user_id" uuid NOT NULL,
	"claimant_unit_id" uuid,
	"state" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"claimed_at" timestamp with time zone NOT NULL,
	"started_at" timestamp with time zone,
	"done_at" timestamp with time zone,
	"confirmed_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"proof_note" text,
	"proof_photos" text[] DEFAULT '{}' NOT NULL,
	"rating" integer
);
--> statement-breakpoint
CREATE TABLE "member_registrations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"community_id" uuid NOT NULL,
	"path" text NOT NULL,
	"unit_name" text NOT NULL,
	"profession" text,
	"skills" text[] DEFAULT '{}' NOT NULL,
	"state" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"requested_at" timestamp with time zone NOT NULL,
	"decided_at" timestamp with time zone,
	"decided_by_user_id" uuid
);
--> statement-breakpoint
CREATE TABLE "needs" (
	"id" uuid PRIMARY KEY NOT NULL,
	"community_id" uuid NOT NULL,
	"path" text NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"domain" text NOT NULL,
	"source" text NOT NULL,
	"state" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partner_units" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"party_org_name" text,
	"liaison_user_id" uuid,
	"path" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "point_accounts" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"balance" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "point_ledger" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"delta" integer NOT NULL,
	"reason" text NOT NULL,
	"ref_kind" text,
	"ref_id" uuid,
	"path" text NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "point_rules" (
	"key" text PRIMARY KEY NOT NULL,
	"points" integer NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "redemptions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"reward_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"cost" integer NOT NULL,
	"path" text NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "resources" (
	"id" uuid PRIMARY KEY NOT NULL,
	"unit_id" uuid NOT NULL,
	"community_id" uuid NOT NULL,
	"path" text NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rewards" (
	"id" uuid PRIMARY KEY NOT NULL,
	"community_id" uuid NOT NULL,
	"path" text NOT NULL,
	"name" text NOT NULL,
	"cost" integer NOT NULL,
	"stock" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_items" (
	"id" uuid PRIMARY KEY NOT NULL,
	"community_id" uuid NOT NULL,
	"path" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"provider" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "unit_registrations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"unit_id" uuid NOT NULL,
	"community_id" uuid NOT NULL,
	"path" text NOT NULL,
	"agreement_title" text NOT NULL,
	"starts_on" text NOT NULL,
	"ends_on" text NOT NULL,
	"commitments" text NOT NULL,
	"file_key" text,
	"part_time_seat" boolean DEFAULT false NOT NULL,
	"registered_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "wishes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"community_id" uuid NOT NULL,
	"path" text NOT NULL,
	"title" text NOT NULL,
	"content" text NOT NULL,
	"beneficiary_name" text NOT NULL,
	"wisher_user_id" uuid,
	"created_by_user_id" uuid NOT NULL,
	"state" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"photos" text[] DEFAULT '{}' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "claim_events_subject_idx" ON "claim_events" USING btree ("subject_kind","subject_id","at");--> statement-breakpoint
CREATE INDEX "claim_events_action_at_idx" ON "claim_events" USING btree ("action","at");--> statement-breakpoint
CREATE UNIQUE INDEX "claims_live_item_uq" ON "claims" USING btree ("item_kind","item_id") WHERE state in ('claimed', 'inProgress', 'done', 'confirmed');--> statement-breakpoint
CREATE INDEX "claims_item_idx" ON "claims" USING btree ("item_kind","item_id");--> statement-breakpoint
CREATE INDEX "claims_claimant_idx" ON "claims" USING btree ("claimant_user_id","id");--> statement-breakpoint
CREATE INDEX "claims_path_idx" ON "claims" USING btree ("path" text_pattern_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "member_registrations_live_uq" ON "member_registrations" USING btree ("user_id") WHERE state in ('pending', 'approved');--> statement-breakpoint
CREATE INDEX "member_registrations_path_idx" ON "member_registrations" USING btree ("path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "member_registrations_requested_idx" ON "member_registrations" USING btree ("requested_at");--> statement-breakpoint
CREATE INDEX "needs_path_id_idx" ON "needs" USING btree ("path" text_pattern_ops,"id");--> statement-breakpoint
CREATE INDEX "needs_community_id_idx" ON "needs" USING btree ("community_id","id");--> statement-breakpoint
CREATE INDEX "partner_units_path_idx" ON "partner_units" USING btree ("path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "partner_units_liaison_idx" ON "partner_units" USING btree ("liaison_user_id");--> statement-breakpoint
CREATE INDEX "point_ledger_user_idx" ON "point_ledger" USING btree ("user_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "point_ledger_ref_uq" ON "point_ledger" USING btree ("user_id","reason","ref_id");--> statement-breakpoint
CREATE INDEX "redemptions_reward_idx" ON "redemptions" USING btree ("reward_id");--> statement-breakpoint
CREATE INDEX "redemptions_user_idx" ON "redemptions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "resources_path_idx" ON "resources" USING btree ("path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "rewards_path_idx" ON "rewards" USING btree ("path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "service_items_path_idx" ON "service_items" USING btree ("path" text_pattern_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "unit_registrations_unit_community_uq" ON "unit_registrations" USING btree ("unit_id","community_id");--> statement-breakpoint
CREATE INDEX "unit_registrations_path_idx" ON "unit_registrations" USING btree ("path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "wishes_path_id_idx" ON "wishes" USING btree ("path" text_pattern_ops,"id");--> statement-breakpoint
CREATE INDEX "wishes_community_id_idx" ON "wishes" USING btree ("community_id","id");--> statement-breakpoint
CREATE INDEX "wishes_wisher_idx" ON "wishes" USING btree ("wisher_user_id");