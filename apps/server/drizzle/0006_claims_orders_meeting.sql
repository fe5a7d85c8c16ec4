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
ALTER TABLE "needs" ADD COLUMN "kind" text DEFAULT 'need' NOT NULL;--> statement-breakpoint
CREATE INDEX "need_referrals_case_idx" ON "need_referrals" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "need_referrals_path_idx" ON "need_referrals" USING btree ("path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "service_orders_path_id_idx" ON "service_orders" USING btree ("path" text_pattern_ops,"id");--> statement-breakpoint
CREATE INDEX "service_orders_orderer_idx" ON "service_orders" USING btree ("orderer_user_id","id");--> statement-breakpoint
CREATE INDEX "service_orders_taker_idx" ON "service_orders" USING btree ("taker_user_id");--> statement-breakpoint
CREATE INDEX "service_orders_taker_unit_idx" ON "service_orders" USING btree ("taker_unit_id");--> statement-breakpoint
CREATE INDEX "claims_unstarted_idx" ON "claims" USING btree ("claimed_at") WHERE state = 'claimed';--> statement-breakpoint
CREATE INDEX "needs_open_created_idx" ON "needs" USING btree ("created_at") WHERE state = 'open';