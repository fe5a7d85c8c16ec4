CREATE TABLE "case_stats_daily" (
	"day" date NOT NULL,
	"path" text NOT NULL,
	"street_code" text NOT NULL,
	"community_code" text NOT NULL,
	"grid_code" text NOT NULL,
	"category_id" uuid,
	"tier" text NOT NULL,
	"pair_day" date,
	"received" integer DEFAULT 0 NOT NULL,
	"registered" integer DEFAULT 0 NOT NULL,
	"accepted_in_time" integer DEFAULT 0 NOT NULL,
	"closed" integer DEFAULT 0 NOT NULL,
	"closed_on_time" integer DEFAULT 0 NOT NULL,
	"closed_within_1_day" integer DEFAULT 0 NOT NULL,
	"closed_within_2_days" integer DEFAULT 0 NOT NULL,
	"closed_within_3_days" integer DEFAULT 0 NOT NULL,
	"closed_inside_grid" integer DEFAULT 0 NOT NULL,
	"due" integer DEFAULT 0 NOT NULL,
	"due_overdue" integer DEFAULT 0 NOT NULL,
	"due_closed" integer DEFAULT 0 NOT NULL,
	"checked" integer DEFAULT 0 NOT NULL,
	"failed_check" integer DEFAULT 0 NOT NULL,
	"visits" integer DEFAULT 0 NOT NULL,
	"satisfied" integer DEFAULT 0 NOT NULL,
	"basically_satisfied" integer DEFAULT 0 NOT NULL,
	"solved_answers" integer DEFAULT 0 NOT NULL,
	"escalations" integer DEFAULT 0 NOT NULL,
	"whistles" integer DEFAULT 0 NOT NULL,
	"departments_whistled" integer DEFAULT 0 NOT NULL,
	"departments_reported_on_time" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "case_stats_daily_key_uq" UNIQUE NULLS NOT DISTINCT("day","grid_code","category_id","tier","pair_day")
);
--> statement-breakpoint
CREATE TABLE "case_stats_delta" (
	"day" date NOT NULL,
	"path" text NOT NULL,
	"street_code" text NOT NULL,
	"community_code" text NOT NULL,
	"grid_code" text NOT NULL,
	"category_id" uuid,
	"tier" text NOT NULL,
	"pair_day" date,
	"received" integer DEFAULT 0 NOT NULL,
	"registered" integer DEFAULT 0 NOT NULL,
	"accepted_in_time" integer DEFAULT 0 NOT NULL,
	"closed" integer DEFAULT 0 NOT NULL,
	"closed_on_time" integer DEFAULT 0 NOT NULL,
	"closed_within_1_day" integer DEFAULT 0 NOT NULL,
	"closed_within_2_days" integer DEFAULT 0 NOT NULL,
	"closed_within_3_days" integer DEFAULT 0 NOT NULL,
	"closed_inside_grid" integer DEFAULT 0 NOT NULL,
	"due" integer DEFAULT 0 NOT NULL,
	"due_overdue" integer DEFAULT 0 NOT NULL,
	"due_closed" integer DEFAULT 0 NOT NULL,
	"checked" integer DEFAULT 0 NOT NULL,
	"failed_check" integer DEFAULT 0 NOT NULL,
	"visits" integer DEFAULT 0 NOT NULL,
	"satisfied" integer DEFAULT 0 NOT NULL,
	"basically_satisfied" integer DEFAULT 0 NOT NULL,
	"solved_answers" integer DEFAULT 0 NOT NULL,
	"escalations" integer DEFAULT 0 NOT NULL,
	"whistles" integer DEFAULT 0 NOT NULL,
	"departments_whistled" integer DEFAULT 0 NOT NULL,
	"departments_reported_on_time" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_stats_monthly" (
	"month" date NOT NULL,
	"path" text NOT NULL,
	"street_code" text NOT NULL,
	"community_code" text NOT NULL,
	"tier" text NOT NULL,
	"pair_day" date,
	"received" integer DEFAULT 0 NOT NULL,
	"registered" integer DEFAULT 0 NOT NULL,
	"accepted_in_time" integer DEFAULT 0 NOT NULL,
	"closed" integer DEFAULT 0 NOT NULL,
	"closed_on_time" integer DEFAULT 0 NOT NULL,
	"closed_within_1_day" integer DEFAULT 0 NOT NULL,
	"closed_within_2_days" integer DEFAULT 0 NOT NULL,
	"closed_within_3_days" integer DEFAULT 0 NOT NULL,
	"closed_inside_grid" integer DEFAULT 0 NOT NULL,
	"due" integer DEFAULT 0 NOT NULL,
	"due_overdue" integer DEFAULT 0 NOT NULL,
	"due_closed" integer DEFAULT 0 NOT NULL,
	"checked" integer DEFAULT 0 NOT NULL,
	"failed_check" integer DEFAULT 0 NOT NULL,
	"visits" integer DEFAULT 0 NOT NULL,
	"satisfied" integer DEFAULT 0 NOT NULL,
	"basically_satisfied" integer DEFAULT 0 NOT NULL,
	"solved_answers" integer DEFAULT 0 NOT NULL,
	"escalations" integer DEFAULT 0 NOT NULL,
	"whistles" integer DEFAULT 0 NOT NULL,
	"departments_whistled" integer DEFAULT 0 NOT NULL,
	"departments_reported_on_time" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "case_stats_monthly_area_uq" UNIQUE NULLS NOT DISTINCT("month","community_code","tier","pair_day")
);
--> statement-breakpoint
CREATE TABLE "case_stats_monthly_category" (
	"month" date NOT NULL,
	"path" text NOT NULL,
	"street_code" text NOT NULL,
	"category_id" uuid,
	"received" integer DEFAULT 0 NOT NULL,
	"registered" integer DEFAULT 0 NOT NULL,
	"accepted_in_time" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "case_stats_monthly_category_uq" UNIQUE NULLS NOT DISTINCT("month","street_code","category_id")
);
--> statement-breakpoint
CREATE TABLE "claim_settings" (
	"key" text PRIMARY KEY NOT NULL,
	"days" integer NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "need_referrals" (
	"need_id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"department_id" uuid NOT NULL,
	"path" text NOT NULL,
	"referred_by_user_id" uuid NOT NULL,
	"referred_at" timestamp with time zone NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "service_orders" (
	"id" uuid PRIMARY KEY NOT NULL,
	"service_id" uuid NOT NULL,
	"community_id" uuid NOT NULL,
	"path" text NOT NULL,
	"orderer_user_id" uuid NOT NULL,
	"note" text NOT NULL,
	"state" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"taker_user_id" uuid,
	"taker_unit_id" uuid,
	"ordered_at" timestamp with time zone NOT NULL,
	"taken_at" timestamp with time zone,
	"done_at" timestamp with time zone,
	"rated_at" timestamp with time zone,
	"proof_note" text,
	"proof_photos" text[] DEFAULT '{}' NOT NULL,
	"rating" integer,
	"rate_note" text
);
--> statement-breakpoint
CREATE TABLE "volunteer_activities" (
	"id" uuid PRIMARY KEY NOT NULL,
	"community_id" uuid NOT NULL,
	"path" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"place" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"capacity" integer NOT NULL,
	"next_queue_no" integer DEFAULT 1 NOT NULL,
	"created_by_user_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "volunteer_post_claims" (
	"id" uuid PRIMARY KEY NOT NULL,
	"post_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"path" text NOT NULL,
	"active" integer DEFAULT 1 NOT NULL,
	"claimed_at" timestamp with time zone NOT NULL,
	"released_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "volunteer_posts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"community_id" uuid NOT NULL,
	"path" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"skill" text NOT NULL,
	"created_by_user_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "volunteer_rotations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"community_id" uuid NOT NULL,
	"path" text NOT NULL,
	"month" text NOT NULL,
	"head_unit_id" uuid NOT NULL,
	"service_weekday" integer NOT NULL,
	"start_time" text NOT NULL,
	"end_time" text NOT NULL,
	"week_themes" text[] DEFAULT '{}' NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "volunteer_shifts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"rotation_id" uuid NOT NULL,
	"path" text NOT NULL,
	"date" text NOT NULL,
	"start_time" text NOT NULL,
	"end_time" text NOT NULL,
	"team_id" uuid
);
--> statement-breakpoint
CREATE TABLE "volunteer_sign_ups" (
	"id" uuid PRIMARY KEY NOT NULL,
	"activity_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"path" text NOT NULL,
	"state" text NOT NULL,
	"queue_no" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"signed_up_at" timestamp with time zone NOT NULL,
	"check_in_at" timestamp with time zone,
	"check_out_at" timestamp with time zone,
	"minutes" integer,
	"cancelled_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "volunteer_skills" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"community_id" uuid NOT NULL,
	"path" text NOT NULL,
	"profession" text DEFAULT '' NOT NULL,
	"skills" text[] DEFAULT '{}' NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "volunteer_team_members" (
	"team_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"joined_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "volunteer_teams" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"level" text NOT NULL,
	"node_id" uuid NOT NULL,
	"path" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "needs" ADD COLUMN "kind" text DEFAULT 'need' NOT NULL;--> statement-breakpoint
CREATE INDEX "case_stats_daily_street_idx" ON "case_stats_daily" USING btree ("street_code","day");--> statement-breakpoint
CREATE INDEX "case_stats_daily_community_idx" ON "case_stats_daily" USING btree ("community_code","day");--> statement-breakpoint
CREATE INDEX "case_stats_daily_grid_idx" ON "case_stats_daily" USING btree ("grid_code","day");--> statement-breakpoint
CREATE INDEX "case_stats_delta_day_idx" ON "case_stats_delta" USING btree ("day");--> statement-breakpoint
CREATE INDEX "case_stats_monthly_street_idx" ON "case_stats_monthly" USING btree ("street_code","month");--> statement-breakpoint
CREATE INDEX "need_referrals_case_idx" ON "need_referrals" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "need_referrals_path_idx" ON "need_referrals" USING btree ("path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "service_orders_path_id_idx" ON "service_orders" USING btree ("path" text_pattern_ops,"id");--> statement-breakpoint
CREATE INDEX "service_orders_orderer_idx" ON "service_orders" USING btree ("orderer_user_id","id");--> statement-breakpoint
CREATE INDEX "service_orders_taker_idx" ON "service_orders" USING btree ("taker_user_id");--> statement-breakpoint
CREATE INDEX "service_orders_taker_unit_idx" ON "service_orders" USING btree ("taker_unit_id");--> statement-breakpoint
CREATE INDEX "volunteer_activities_path_starts_idx" ON "volunteer_activities" USING btree ("path" text_pattern_ops,"starts_at");--> statement-breakpoint
CREATE INDEX "volunteer_activities_starts_idx" ON "volunteer_activities" USING btree ("starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "volunteer_post_claims_active_uq" ON "volunteer_post_claims" USING btree ("post_id") WHERE active = 1;--> statement-breakpoint
CREATE INDEX "volunteer_post_claims_user_idx" ON "volunteer_post_claims" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "volunteer_posts_path_id_idx" ON "volunteer_posts" USING btree ("path" text_pattern_ops,"id");--> statement-breakpoint
CREATE UNIQUE INDEX "volunteer_rotations_community_month_uq" ON "volunteer_rotations" USING btree ("community_id","month");--> statement-breakpoint
CREATE INDEX "volunteer_rotations_path_idx" ON "volunteer_rotations" USING btree ("path" text_pattern_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "volunteer_shifts_rotation_date_uq" ON "volunteer_shifts" USING btree ("rotation_id","date");--> statement-breakpoint
CREATE UNIQUE INDEX "volunteer_sign_ups_live_uq" ON "volunteer_sign_ups" USING btree ("activity_id","user_id") WHERE state <> 'cancelled';--> statement-breakpoint
CREATE INDEX "volunteer_sign_ups_activity_idx" ON "volunteer_sign_ups" USING btree ("activity_id","queue_no");--> statement-breakpoint
CREATE INDEX "volunteer_sign_ups_user_idx" ON "volunteer_sign_ups" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "volunteer_skills_user_uq" ON "volunteer_skills" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "volunteer_skills_path_idx" ON "volunteer_skills" USING btree ("path" text_pattern_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "volunteer_team_members_uq" ON "volunteer_team_members" USING btree ("team_id","user_id");--> statement-breakpoint
CREATE INDEX "volunteer_team_members_user_idx" ON "volunteer_team_members" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "volunteer_teams_path_idx" ON "volunteer_teams" USING btree ("path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "cases_open_stats_idx" ON "cases" USING btree ("street_code","community_code","grid_code","state","path","overdue","warning","category_id") WHERE state not in ('closed', 'rejected', 'merged');--> statement-breakpoint
CREATE INDEX "claims_unstarted_idx" ON "claims" USING btree ("claimed_at") WHERE state = 'claimed';--> statement-breakpoint
CREATE INDEX "needs_open_created_idx" ON "needs" USING btree ("created_at") WHERE state = 'open';