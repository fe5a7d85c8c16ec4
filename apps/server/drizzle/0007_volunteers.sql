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
CREATE INDEX "volunteer_teams_path_idx" ON "volunteer_teams" USING btree ("path" text_pattern_ops);