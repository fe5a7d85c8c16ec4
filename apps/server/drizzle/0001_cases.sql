CREATE SEQUENCE "public"."case_no_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "outbox" (
	"id" uuid PRIMARY KEY NOT NULL,
	"topic" text NOT NULL,
	"payload" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"processed_at" timestamp with time zone,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"link" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "case_categories" (
	"id" uuid PRIMARY KEY NOT NULL,
	"parent_id" uuid,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"version" text NOT NULL,
	"default_department" text,
	"urgency" text DEFAULT 'normal' NOT NULL,
	"limit_amount" real NOT NULL,
	"limit_clock" text NOT NULL,
	"filing_condition" text,
	"closing_condition" text,
	"keywords" text[] DEFAULT '{}' NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"sort" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_departments" (
	"case_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"role" text NOT NULL,
	"whistled_at" timestamp with time zone NOT NULL,
	"report_deadline" timestamp with time zone NOT NULL,
	"reported_at" timestamp with time zone,
	CONSTRAINT "case_departments_case_id_department_id_pk" PRIMARY KEY("case_id","department_id")
);
--> statement-breakpoint
CREATE TABLE "case_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"action" text NOT NULL,
	"from_state" text,
	"to_state" text NOT NULL,
	"actor_user_id" uuid,
	"actor_name" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"note" text,
	"is_public" boolean DEFAULT true NOT NULL,
	"data" jsonb,
	"photos" text[] DEFAULT '{}' NOT NULL,
	"path" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_limits" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"department_id" uuid,
	"started_at" timestamp with time zone NOT NULL,
	"warn_at" timestamp with time zone NOT NULL,
	"deadline" timestamp with time zone NOT NULL,
	"met_at" timestamp with time zone,
	"status" text DEFAULT 'running' NOT NULL,
	"warned" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_supporters" (
	"case_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "case_supporters_case_id_user_id_pk" PRIMARY KEY("case_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_no" text NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"category_id" uuid,
	"channel" text NOT NULL,
	"urgency" text DEFAULT 'normal' NOT NULL,
	"state" text NOT NULL,
	"tier" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"path" text NOT NULL,
	"street_code" text NOT NULL,
	"community_code" text NOT NULL,
	"grid_code" text NOT NULL,
	"grid_id" uuid NOT NULL,
	"location_node_id" uuid,
	"address" text DEFAULT '' NOT NULL,
	"lat" double precision,
	"lng" double precision,
	"reporter_user_id" uuid,
	"reporter_name" text,
	"reporter_phone_enc" text,
	"reporter_phone_masked" text,
	"anonymous" boolean DEFAULT false NOT NULL,
	"created_by_user_id" uuid,
	"assignee_user_id" uuid,
	"assignee_node_id" uuid,
	"highest_tier" text NOT NULL,
	"rework_count" integer DEFAULT 0 NOT NULL,
	"reopen_count" integer DEFAULT 0 NOT NULL,
	"urge_count" integer DEFAULT 0 NOT NULL,
	"supporters" integer DEFAULT 0 NOT NULL,
	"handling_deadline" timestamp with time zone,
	"warning" boolean DEFAULT false NOT NULL,
	"overdue" boolean DEFAULT false NOT NULL,
	"pending_extension" jsonb,
	"satisfaction" text,
	"solved" boolean,
	"merged_into_id" uuid,
	"search_tokens" text DEFAULT '' NOT NULL,
	"photos" text[] DEFAULT '{}' NOT NULL,
	"idempotency_key" text,
	"submitted_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "outbox_pending_idx" ON "outbox" USING btree ("processed_at","id");--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("user_id","id" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "case_categories_version_code_uq" ON "case_categories" USING btree ("version","code");--> statement-breakpoint
CREATE INDEX "case_categories_parent_idx" ON "case_categories" USING btree ("parent_id","sort");--> statement-breakpoint
CREATE INDEX "case_departments_department_idx" ON "case_departments" USING btree ("department_id","case_id");--> statement-breakpoint
CREATE INDEX "case_events_case_idx" ON "case_events" USING btree ("case_id","at");--> statement-breakpoint
CREATE INDEX "case_events_action_at_idx" ON "case_events" USING btree ("action","at");--> statement-breakpoint
CREATE INDEX "case_limits_case_idx" ON "case_limits" USING btree ("case_id","kind");--> statement-breakpoint
CREATE INDEX "case_limits_running_idx" ON "case_limits" USING btree ("status","deadline");--> statement-breakpoint
CREATE INDEX "case_supporters_user_idx" ON "case_supporters" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "cases_case_no_uq" ON "cases" USING btree ("case_no");--> statement-breakpoint
CREATE UNIQUE INDEX "cases_idempotency_uq" ON "cases" USING btree ("created_by_user_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "cases_id_desc_idx" ON "cases" USING btree ("id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "cases_street_idx" ON "cases" USING btree ("street_code","id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "cases_community_idx" ON "cases" USING btree ("community_code","id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "cases_grid_idx" ON "cases" USING btree ("grid_code","id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "cases_reporter_idx" ON "cases" USING btree ("reporter_user_id","id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "cases_assignee_user_idx" ON "cases" USING btree ("assignee_user_id","id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "cases_assignee_node_idx" ON "cases" USING btree ("assignee_node_id","id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "cases_deadline_open_idx" ON "cases" USING btree ("handling_deadline");--> statement-breakpoint
CREATE INDEX "cases_search_idx" ON "cases" USING gin (to_tsvector('simple', "search_tokens"));