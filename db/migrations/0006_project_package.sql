CREATE TABLE "partnership_editing_rights" (
	"partnership_id" uuid PRIMARY KEY NOT NULL,
	"rights" jsonb NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size" integer NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "project_attachments_size" CHECK ("project_attachments"."size" = octet_length("project_attachments"."content") and "project_attachments"."size" <= 10485760)
);
--> statement-breakpoint
CREATE TABLE "project_contributions" (
	"project_id" uuid NOT NULL,
	"partnership_id" uuid NOT NULL,
	"teryt" text NOT NULL,
	"amount" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "project_contributions_project_id_teryt_pk" PRIMARY KEY("project_id","teryt"),
	CONSTRAINT "project_contributions_amount" CHECK ("project_contributions"."amount" >= 0)
);
--> statement-breakpoint
CREATE TABLE "project_documents" (
	"project_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"document_id" uuid NOT NULL,
	CONSTRAINT "project_documents_project_id_kind_pk" PRIMARY KEY("project_id","kind"),
	CONSTRAINT "project_documents_document_id_unique" UNIQUE("document_id")
);
--> statement-breakpoint
CREATE TABLE "project_evidence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"description" text NOT NULL,
	"date" date NOT NULL,
	"url" text,
	"attachment_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_by" uuid,
	CONSTRAINT "project_evidence_source" CHECK ("project_evidence"."url" is not null or "project_evidence"."attachment_id" is not null)
);
--> statement-breakpoint
CREATE TABLE "project_funding_sources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"amount" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "project_funding_amount" CHECK ("project_funding_sources"."amount" >= 0)
);
--> statement-breakpoint
CREATE TABLE "project_indicators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"unit" text NOT NULL,
	"baseline" numeric(18, 4) NOT NULL,
	"target" numeric(18, 4) NOT NULL,
	"year" integer NOT NULL,
	"source" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_maturity_history" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "project_maturity_history_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"project_id" uuid NOT NULL,
	"from_level" integer NOT NULL,
	"to_level" integer NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"changed_by" uuid,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_partners" (
	"project_id" uuid NOT NULL,
	"partnership_id" uuid NOT NULL,
	"teryt" text NOT NULL,
	CONSTRAINT "project_partners_project_id_teryt_pk" PRIMARY KEY("project_id","teryt")
);
--> statement-breakpoint
CREATE TABLE "project_risks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"description" text NOT NULL,
	"likelihood" text NOT NULL,
	"impact" text NOT NULL,
	"mitigation" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_task_dependencies" (
	"task_id" uuid NOT NULL,
	"depends_on_id" uuid NOT NULL,
	CONSTRAINT "project_task_dependencies_task_id_depends_on_id_pk" PRIMARY KEY("task_id","depends_on_id"),
	CONSTRAINT "project_task_dependencies_not_self" CHECK ("project_task_dependencies"."task_id" <> "project_task_dependencies"."depends_on_id")
);
--> statement-breakpoint
CREATE TABLE "project_tasks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"partnership_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text DEFAULT 'task' NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"responsible_teryt" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "project_tasks_dates" CHECK ("project_tasks"."start_date" <= "project_tasks"."end_date" and ("project_tasks"."kind" <> 'milestone' or "project_tasks"."start_date" = "project_tasks"."end_date"))
);
--> statement-breakpoint
CREATE TABLE "projects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"title" text NOT NULL,
	"type" text NOT NULL,
	"area" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"goal" text DEFAULT '' NOT NULL,
	"direction" text DEFAULT '' NOT NULL,
	"lead_teryt" text NOT NULL,
	"other_partners" text DEFAULT '' NOT NULL,
	"location" text DEFAULT '' NOT NULL,
	"problem" text DEFAULT '' NOT NULL,
	"target_groups" text DEFAULT '' NOT NULL,
	"scope" text DEFAULT '' NOT NULL,
	"beyond_one_gmina" boolean DEFAULT false NOT NULL,
	"more_than_one_problem" boolean DEFAULT false NOT NULL,
	"more_than_one_group" boolean DEFAULT false NOT NULL,
	"more_than_one_potential" boolean DEFAULT false NOT NULL,
	"total_cost" bigint DEFAULT 0 NOT NULL,
	"eligible_cost" bigint DEFAULT 0 NOT NULL,
	"own_share" bigint DEFAULT 0 NOT NULL,
	"start_date" date,
	"end_date" date,
	"maturity" integer DEFAULT 0 NOT NULL,
	"is_flagship" boolean DEFAULT false NOT NULL,
	"flagship_poll_id" uuid,
	"flagship_adopted_at" timestamp with time zone,
	"row_version" integer DEFAULT 1 NOT NULL,
	"created_by" uuid,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "projects_id_partnership_key" UNIQUE("id","partnership_id"),
	CONSTRAINT "projects_maturity_range" CHECK ("projects"."maturity" between 0 and 5),
	CONSTRAINT "projects_costs_valid" CHECK ("projects"."eligible_cost" >= 0 and "projects"."eligible_cost" <= "projects"."total_cost" and "projects"."own_share" >= 0 and "projects"."own_share" <= "projects"."total_cost"),
	CONSTRAINT "projects_dates_order" CHECK ("projects"."start_date" is null or "projects"."end_date" is null or "projects"."start_date" <= "projects"."end_date"),
	CONSTRAINT "projects_flagship_poll" CHECK (not "projects"."is_flagship" or "projects"."flagship_poll_id" is not null)
);
--> statement-breakpoint
ALTER TABLE "partnership_editing_rights" ADD CONSTRAINT "partnership_editing_rights_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_editing_rights" ADD CONSTRAINT "partnership_editing_rights_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_attachments" ADD CONSTRAINT "project_attachments_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_attachments" ADD CONSTRAINT "project_attachments_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_contributions" ADD CONSTRAINT "project_contributions_project_fk" FOREIGN KEY ("project_id","partnership_id") REFERENCES "public"."projects"("id","partnership_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_contributions" ADD CONSTRAINT "project_contributions_member_fk" FOREIGN KEY ("partnership_id","teryt") REFERENCES "public"."partnership_units"("partnership_id","teryt") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_documents" ADD CONSTRAINT "project_documents_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_documents" ADD CONSTRAINT "project_documents_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_evidence" ADD CONSTRAINT "project_evidence_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_evidence" ADD CONSTRAINT "project_evidence_attachment_id_project_attachments_id_fk" FOREIGN KEY ("attachment_id") REFERENCES "public"."project_attachments"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_evidence" ADD CONSTRAINT "project_evidence_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_evidence" ADD CONSTRAINT "project_evidence_withdrawn_by_users_id_fk" FOREIGN KEY ("withdrawn_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_funding_sources" ADD CONSTRAINT "project_funding_sources_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_indicators" ADD CONSTRAINT "project_indicators_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_maturity_history" ADD CONSTRAINT "project_maturity_history_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_maturity_history" ADD CONSTRAINT "project_maturity_history_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_partners" ADD CONSTRAINT "project_partners_project_fk" FOREIGN KEY ("project_id","partnership_id") REFERENCES "public"."projects"("id","partnership_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_partners" ADD CONSTRAINT "project_partners_member_fk" FOREIGN KEY ("partnership_id","teryt") REFERENCES "public"."partnership_units"("partnership_id","teryt") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_risks" ADD CONSTRAINT "project_risks_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_task_dependencies" ADD CONSTRAINT "project_task_dependencies_task_id_project_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."project_tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_task_dependencies" ADD CONSTRAINT "project_task_dependencies_depends_on_id_project_tasks_id_fk" FOREIGN KEY ("depends_on_id") REFERENCES "public"."project_tasks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_tasks" ADD CONSTRAINT "project_tasks_project_fk" FOREIGN KEY ("project_id","partnership_id") REFERENCES "public"."projects"("id","partnership_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_tasks" ADD CONSTRAINT "project_tasks_responsible_member_fk" FOREIGN KEY ("partnership_id","responsible_teryt") REFERENCES "public"."partnership_units"("partnership_id","teryt") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_lead_member_fk" FOREIGN KEY ("partnership_id","lead_teryt") REFERENCES "public"."partnership_units"("partnership_id","teryt") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "project_attachments_project_idx" ON "project_attachments" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "project_evidence_project_idx" ON "project_evidence" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "project_funding_sources_project_idx" ON "project_funding_sources" USING btree ("project_id","position");--> statement-breakpoint
CREATE INDEX "project_indicators_project_idx" ON "project_indicators" USING btree ("project_id","position");--> statement-breakpoint
CREATE INDEX "project_maturity_history_project_idx" ON "project_maturity_history" USING btree ("project_id","changed_at");--> statement-breakpoint
CREATE INDEX "project_risks_project_idx" ON "project_risks" USING btree ("project_id","position");--> statement-breakpoint
CREATE INDEX "project_tasks_project_idx" ON "project_tasks" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "projects_partnership_idx" ON "projects" USING btree ("partnership_id");--> statement-breakpoint
CREATE UNIQUE INDEX "projects_one_flagship_idx" ON "projects" USING btree ("partnership_id") WHERE "projects"."is_flagship";