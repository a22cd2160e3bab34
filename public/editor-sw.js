/* global self, caches, fetch, URL, Response */
/*
 * Wspólnie — offline support for the document editor.
 * Document pages (/w/:slug/dokumenty/:id) and the built assets are served from the network when it answers
 * and from this cache when it does not, so a page reloaded without a connection still opens; the edits
 * themselves are kept in IndexedDB (y-indexeddb) and sent when the connection returns.
 */
const CACHE = "wspolnie-editor-v1";
const PAGE = /^\/w\/[^/]+\/dokumenty\/[0-9a-f-]{36}\/?$/;

self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  const isPage = request.mode === "navigate" && PAGE.test(url.pathname);
  const isAsset = url.pathname.startsWith("/assets/");
  if (!isPage && !isAsset) return;
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (response.ok && response.type === "basic") {
          const copy = response.clone();
          void caches.open(CACHE).then((cache) => cache.put(isPage ? url.pathname : request, copy));
        }
        return response;
      })
      .catch(async () => {
        const cached = await caches.match(isPage ? url.pathname : request, { ignoreSearch: isPage });
        return cached ?? Response.error();
      }),
  );
});
