CREATE TABLE "open311_clients" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"api_key_hash" text NOT NULL,
	"district_node_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "open311_clients_api_key_hash_uq" ON "open311_clients" USING btree ("api_key_hash");--> statement-breakpoint
CREATE INDEX "open311_clients_district_idx" ON "open311_clients" USING btree ("district_node_id");