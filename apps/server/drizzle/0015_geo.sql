CREATE TABLE "geo_areas" (
	"node_id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"path" text NOT NULL,
	"geometry" jsonb NOT NULL,
	"min_lng" double precision NOT NULL,
	"min_lat" double precision NOT NULL,
	"max_lng" double precision NOT NULL,
	"max_lat" double precision NOT NULL,
	"source" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "geo_points" (
	"ref_id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"path" text NOT NULL,
	"lng" double precision NOT NULL,
	"lat" double precision NOT NULL,
	"source" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "geo_areas_path_uq" ON "geo_areas" USING btree ("path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "geo_areas_bbox_idx" ON "geo_areas" USING gist (box(point("min_lng", "min_lat"), point("max_lng", "max_lat")));--> statement-breakpoint
CREATE INDEX "geo_points_path_idx" ON "geo_points" USING btree ("path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "geo_points_point_idx" ON "geo_points" USING gist (point("lng", "lat"));