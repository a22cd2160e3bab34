import { vitePlugin as remix } from "@remix-run/dev";
import { defineConfig } from "vite";

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}

export default defineConfig({
  // One copy of Yjs in the browser, or Tiptap's binding and the provider disagree about types (editor).
  resolve: { alias: { "~": new URL("./app", import.meta.url).pathname }, dedupe: ["yjs", "y-protocols", "lib0"] },
  optimizeDeps: {
    exclude: ["@node-rs/argon2", "@electric-sql/pglite"],
    include: ["yjs", "y-websocket", "y-indexeddb", "@tiptap/y-tiptap", "@tiptap/react", "@tiptap/starter-kit", "@tiptap/extension-table", "@tiptap/extension-collaboration", "@tiptap/extension-collaboration-caret"],
  },
  ssr: { external: ["@node-rs/argon2", "@electric-sql/pglite", "postgres"] },
  plugins: [
    remix({
      buildDirectory: process.env.BUILD_DIR ?? "build",
      future: {
        v3_fetcherPersist: true,
        v3_relativeSplatPath: true,
        v3_throwAbortReason: true,
        v3_singleFetch: true,
        // Off on purpose: with lazy route discovery a fetcher to a route no link names (the comment trail's
        // resource route) waits for /__manifest, and a revalidation landing meanwhile (the session room's live
        // `meeting.changed`) turns it into a 404 and the whole page into the error page (remix-run/remix#10263,
        // fixed only in React Router 7). The full manifest is sent with the first page instead; e2e/sessions.e2e.ts.
        v3_lazyRouteDiscovery: false,
        unstable_optimizeDeps: true,
      },
    }),
  ],
});
