export const OFFLINE_CACHE = "wspolnie-editor-v1";

/**
 * Registers the editor's service worker and stores this page and the assets it loaded, so the page opens
 * again without a connection (edits themselves live in IndexedDB).
 */
export async function enableOfflinePage(): Promise<void> {
  if (!("serviceWorker" in navigator) || !("caches" in window)) return;
  try {
    await navigator.serviceWorker.register("/editor-sw.js", { scope: "/w/" });
    await navigator.serviceWorker.ready;
    const assets = performance
      .getEntriesByType("resource")
      .map((entry) => new URL(entry.name))
      .filter((url) => url.origin === location.origin && url.pathname.startsWith("/assets/"))
      .map((url) => url.pathname);
    const cache = await caches.open(OFFLINE_CACHE);
    await cache.addAll([location.pathname, ...new Set(assets)]);
  } catch {
    // Offline reloads are a convenience: the editor works without them.
  }
}
