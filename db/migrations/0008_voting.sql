CREATE TABLE "ballots" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "ballots_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"poll_id" uuid NOT NULL,
	"secret" boolean NOT NULL,
	"voter_id" uuid,
	"receipt" text NOT NULL,
	"version" integer NOT NULL,
	"choice" jsonb NOT NULL,
	"cast_at" timestamp with time zone,
	"current" boolean DEFAULT true NOT NULL,
	CONSTRAINT "ballots_secret_anonymous" CHECK ("ballots"."secret" = ("ballots"."voter_id" is null) and "ballots"."secret" = ("ballots"."cast_at" is null))
);
--> statement-breakpoint
CREATE TABLE "poll_candidates" (
	"poll_id" uuid NOT NULL,
	"project_id" uuid NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "poll_candidates_poll_id_project_id_pk" PRIMARY KEY("poll_id","project_id")
);
--> statement-breakpoint
CREATE TABLE "poll_notices" (
	"poll_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "poll_notices_poll_id_user_id_kind_pk" PRIMARY KEY("poll_id","user_id","kind")
);
--> statement-breakpoint
CREATE TABLE "poll_voters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"poll_id" uuid NOT NULL,
	"user_id" uuid,
	"name" text NOT NULL,
	"represents" text DEFAULT '' NOT NULL,
	"voted" boolean DEFAULT false NOT NULL,
	CONSTRAINT "poll_voters_poll_user_key" UNIQUE("poll_id","user_id"),
	CONSTRAINT "poll_voters_poll_id_key" UNIQUE("poll_id","id")
);
--> statement-breakpoint
CREATE TABLE "polls" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"method" text NOT NULL,
	"secret" boolean NOT NULL,
	"live_results" boolean DEFAULT false NOT NULL,
	"quorum" double precision DEFAULT 0.5 NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"opens_at" timestamp with time zone,
	"closes_at" timestamp with time zone,
	"opened_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"result" jsonb,
	"adopted_project_id" uuid,
	"adopted_at" timestamp with time zone,
	"adopted_by" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "polls_id_secret_key" UNIQUE("id","secret"),
	CONSTRAINT "polls_quorum_range" CHECK ("polls"."quorum" >= 0 and "polls"."quorum" < 1),
	CONSTRAINT "polls_secret_not_live" CHECK (not ("polls"."secret" and "polls"."live_results")),
	CONSTRAINT "polls_times_order" CHECK ("polls"."opens_at" is null or "polls"."closes_at" is null or "polls"."opens_at" < "polls"."closes_at")
);
--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "poll_id" uuid;--> statement-breakpoint
ALTER TABLE "ballots" ADD CONSTRAINT "ballots_poll_secret_fk" FOREIGN KEY ("poll_id","secret") REFERENCES "public"."polls"("id","secret") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ballots" ADD CONSTRAINT "ballots_voter_fk" FOREIGN KEY ("poll_id","voter_id") REFERENCES "public"."poll_voters"("poll_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "poll_candidates" ADD CONSTRAINT "poll_candidates_poll_id_polls_id_fk" FOREIGN KEY ("poll_id") REFERENCES "public"."polls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "poll_candidates" ADD CONSTRAINT "poll_candidates_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "poll_notices" ADD CONSTRAINT "poll_notices_poll_id_polls_id_fk" FOREIGN KEY ("poll_id") REFERENCES "public"."polls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "poll_notices" ADD CONSTRAINT "poll_notices_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "poll_voters" ADD CONSTRAINT "poll_voters_poll_id_polls_id_fk" FOREIGN KEY ("poll_id") REFERENCES "public"."polls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "poll_voters" ADD CONSTRAINT "poll_voters_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "polls" ADD CONSTRAINT "polls_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "polls" ADD CONSTRAINT "polls_adopted_project_id_projects_id_fk" FOREIGN KEY ("adopted_project_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "polls" ADD CONSTRAINT "polls_adopted_by_users_id_fk" FOREIGN KEY ("adopted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "polls" ADD CONSTRAINT "polls_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "ballots_receipt_version_idx" ON "ballots" USING btree ("poll_id","receipt","version");--> statement-breakpoint
CREATE UNIQUE INDEX "ballots_one_current_per_receipt_idx" ON "ballots" USING btree ("poll_id","receipt") WHERE "ballots"."current";--> statement-breakpoint
CREATE UNIQUE INDEX "ballots_one_current_per_voter_idx" ON "ballots" USING btree ("poll_id","voter_id") WHERE "ballots"."current" and "ballots"."voter_id" is not null;--> statement-breakpoint
CREATE INDEX "polls_partnership_idx" ON "polls" USING btree ("partnership_id");--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_poll_id_polls_id_fk" FOREIGN KEY ("poll_id") REFERENCES "public"."polls"("id") ON DELETE cascade ON UPDATE no action;