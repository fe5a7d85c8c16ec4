CREATE TABLE "hotline_assignments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"month" text NOT NULL,
	"complex_id" uuid NOT NULL,
	"path" text NOT NULL,
	"leader_user_id" uuid NOT NULL,
	"note" text,
	"assigned_by_user_id" uuid NOT NULL,
	"assigned_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hotline_orders" (
	"id" uuid PRIMARY KEY NOT NULL,
	"order_no" text NOT NULL,
	"called_at" timestamp with time zone NOT NULL,
	"month" text NOT NULL,
	"type" text NOT NULL,
	"caller_phone_enc" text,
	"caller_phone_masked" text,
	"community_id" uuid NOT NULL,
	"complex_id" uuid,
	"path" text NOT NULL,
	"case_id" uuid NOT NULL,
	"handling_unit" text,
	"limit_days" integer,
	"due_at" timestamp with time zone,
	"imported_by_user_id" uuid NOT NULL,
	"imported_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "hotline_assignments_month_complex_uq" ON "hotline_assignments" USING btree ("month","complex_id");--> statement-breakpoint
CREATE INDEX "hotline_assignments_month_path_idx" ON "hotline_assignments" USING btree ("month","path" text_pattern_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "hotline_orders_order_no_uq" ON "hotline_orders" USING btree ("order_no");--> statement-breakpoint
CREATE UNIQUE INDEX "hotline_orders_case_uq" ON "hotline_orders" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "hotline_orders_month_path_idx" ON "hotline_orders" USING btree ("month","path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "hotline_orders_complex_month_idx" ON "hotline_orders" USING btree ("complex_id","month");