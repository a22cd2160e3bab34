CREATE TABLE "accessibility_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid,
	"name" text NOT NULL,
	"contact" text NOT NULL,
	"page_url" text DEFAULT '' NOT NULL,
	"description" text NOT NULL,
	"preferred_means" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"handled_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "publications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"series" text NOT NULL,
	"subject_id" uuid,
	"number" integer NOT NULL,
	"title" text NOT NULL,
	"html" text NOT NULL,
	"sections" jsonb NOT NULL,
	"content" jsonb NOT NULL,
	"source_version_id" uuid,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_by" uuid,
	"unpublished_at" timestamp with time zone,
	"unpublished_by" uuid
);
--> statement-breakpoint
ALTER TABLE "accessibility_requests" ADD CONSTRAINT "accessibility_requests_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publications" ADD CONSTRAINT "publications_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publications" ADD CONSTRAINT "publications_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "publications" ADD CONSTRAINT "publications_unpublished_by_users_id_fk" FOREIGN KEY ("unpublished_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "accessibility_requests_partnership_idx" ON "accessibility_requests" USING btree ("partnership_id","due_at");--> statement-breakpoint
CREATE UNIQUE INDEX "publications_series_number_idx" ON "publications" USING btree ("partnership_id","series","number");--> statement-breakpoint
CREATE INDEX "publications_partnership_idx" ON "publications" USING btree ("partnership_id","published_at");