ALTER TABLE "comment_threads" ADD COLUMN "quote_prefix" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "comment_threads" ADD COLUMN "quote_suffix" text DEFAULT '' NOT NULL;