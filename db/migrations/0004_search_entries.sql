CREATE TABLE "search_entries" (
	"key" text PRIMARY KEY NOT NULL,
	"partnership_id" uuid NOT NULL,
	"document_id" uuid NOT NULL,
	"field" text NOT NULL,
	"thread_id" uuid,
	"source_at" timestamp with time zone NOT NULL,
	"text" text NOT NULL,
	"title_forms" text DEFAULT '' NOT NULL,
	"forms" text NOT NULL,
	"stems" text NOT NULL,
	"tsv" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('simple'::regconfig, title_forms), 'A') || setweight(to_tsvector('simple'::regconfig, forms), 'B') || setweight(to_tsvector('simple'::regconfig, stems), 'D')) STORED NOT NULL
);
--> statement-breakpoint
ALTER TABLE "search_entries" ADD CONSTRAINT "search_entries_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "search_entries" ADD CONSTRAINT "search_entries_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "search_entries" ADD CONSTRAINT "search_entries_thread_id_comment_threads_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."comment_threads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "search_entries_partnership_idx" ON "search_entries" USING btree ("partnership_id");--> statement-breakpoint
CREATE INDEX "search_entries_tsv_idx" ON "search_entries" USING gin ("tsv");