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
        v3_lazyRouteDiscovery: true,
        unstable_optimizeDeps: true,
      },
    }),
  ],
});
