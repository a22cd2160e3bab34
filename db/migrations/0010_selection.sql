CREATE TABLE "partnership_phases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"key" text NOT NULL,
	"position" integer NOT NULL,
	"planned_start" date NOT NULL,
	"planned_end" date NOT NULL,
	"actual_start" date,
	"actual_end" date
);
--> statement-breakpoint
CREATE TABLE "selection_assessments" (
	"form_id" uuid PRIMARY KEY NOT NULL,
	"formal" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"merit" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"assessed_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "selection_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"form_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"file_name" text NOT NULL,
	"mime" text NOT NULL,
	"size" integer NOT NULL,
	"content" "bytea" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "selection_calls" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"forms_deadline" timestamp with time zone NOT NULL,
	"recommendations_deadline" timestamp with time zone NOT NULL,
	"announcement_date" date NOT NULL,
	"cap_per_voivodeship" integer DEFAULT 3 NOT NULL,
	"criteria" jsonb NOT NULL,
	"opened_at" timestamp with time zone,
	"announced_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "selection_forms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"call_id" uuid NOT NULL,
	"applicant_id" uuid NOT NULL,
	"voivodeship_teryt" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"name" text NOT NULL,
	"member_teryts" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"lead_teryt" text,
	"area_type" text,
	"idea" text DEFAULT '' NOT NULL,
	"functional_links" text DEFAULT '' NOT NULL,
	"prior_cooperation" text DEFAULT '' NOT NULL,
	"declarations" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"coordinator_name" text DEFAULT '' NOT NULL,
	"coordinator_email" text DEFAULT '' NOT NULL,
	"submitted_at" timestamp with time zone,
	"selected_at" timestamp with time zone,
	"partnership_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "selection_recommendation_lists" (
	"call_id" uuid NOT NULL,
	"voivodeship_teryt" text NOT NULL,
	"sent_by" uuid,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "selection_recommendation_lists_call_id_voivodeship_teryt_pk" PRIMARY KEY("call_id","voivodeship_teryt")
);
--> statement-breakpoint
CREATE TABLE "selection_recommendations" (
	"form_id" uuid PRIMARY KEY NOT NULL,
	"call_id" uuid NOT NULL,
	"voivodeship_teryt" text NOT NULL,
	"rank" integer NOT NULL,
	"recommended_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "partnership_phases" ADD CONSTRAINT "partnership_phases_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_assessments" ADD CONSTRAINT "selection_assessments_form_id_selection_forms_id_fk" FOREIGN KEY ("form_id") REFERENCES "public"."selection_forms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_assessments" ADD CONSTRAINT "selection_assessments_assessed_by_users_id_fk" FOREIGN KEY ("assessed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_attachments" ADD CONSTRAINT "selection_attachments_form_id_selection_forms_id_fk" FOREIGN KEY ("form_id") REFERENCES "public"."selection_forms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_calls" ADD CONSTRAINT "selection_calls_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_forms" ADD CONSTRAINT "selection_forms_call_id_selection_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."selection_calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_forms" ADD CONSTRAINT "selection_forms_applicant_id_users_id_fk" FOREIGN KEY ("applicant_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_forms" ADD CONSTRAINT "selection_forms_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_recommendation_lists" ADD CONSTRAINT "selection_recommendation_lists_call_id_selection_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."selection_calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_recommendation_lists" ADD CONSTRAINT "selection_recommendation_lists_voivodeship_teryt_territorial_units_teryt_fk" FOREIGN KEY ("voivodeship_teryt") REFERENCES "public"."territorial_units"("teryt") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_recommendation_lists" ADD CONSTRAINT "selection_recommendation_lists_sent_by_users_id_fk" FOREIGN KEY ("sent_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_recommendations" ADD CONSTRAINT "selection_recommendations_form_id_selection_forms_id_fk" FOREIGN KEY ("form_id") REFERENCES "public"."selection_forms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_recommendations" ADD CONSTRAINT "selection_recommendations_call_id_selection_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."selection_calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "selection_recommendations" ADD CONSTRAINT "selection_recommendations_recommended_by_users_id_fk" FOREIGN KEY ("recommended_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "partnership_phases_key_idx" ON "partnership_phases" USING btree ("partnership_id","key");--> statement-breakpoint
CREATE INDEX "selection_attachments_form_idx" ON "selection_attachments" USING btree ("form_id");--> statement-breakpoint
CREATE INDEX "selection_forms_call_idx" ON "selection_forms" USING btree ("call_id","voivodeship_teryt");--> statement-breakpoint
CREATE INDEX "selection_forms_applicant_idx" ON "selection_forms" USING btree ("applicant_id");--> statement-breakpoint
CREATE INDEX "selection_recommendations_call_idx" ON "selection_recommendations" USING btree ("call_id","voivodeship_teryt");