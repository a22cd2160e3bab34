/**
 * Opening a document at a section (`…/dokumenty/<id>#sekcja-s14`, as search results and the outline link):
 * the editor is built in the browser after the page loads and its sections fill as the text arrives, so the
 * browser's own jump to the fragment finds nothing (or lands where the section was before the text above it
 * arrived). This keeps the section at the top of the window while the page settles, and moves keyboard focus
 * to its heading, so a screen reader announces where the reader is. It gives way at once to the reader (any
 * scroll wheel, touch, key or click), and to `?watek=` links, where the comment sidebar shows the thread.
 */
import { useEffect } from "react";

/** How long the page may keep moving under the section after it appears. */
const SETTLE_MS = 4000;

/** "s14" from "#sekcja-s14"; null for any other fragment. */
export function sectionFromHash(hash: string): string | null {
  const match = /^#sekcja-([a-z0-9_-]{1,40})$/i.exec(hash);
  return match ? match[1]! : null;
}

export function useOpenAtSection(): void {
  useEffect(() => {
    const key = sectionFromHash(window.location.hash);
    if (!key || new URLSearchParams(window.location.search).has("watek")) return;
    let stopped = false;
    let focused = false;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const place = () => {
      if (stopped) return;
      const section = document.getElementById(`sekcja-${key}`);
      if (!section) return;
      const heading = document.getElementById(`naglowek-${key}`);
      if (!focused && heading) {
        heading.focus({ preventScroll: true });
        focused = true;
        timer = setTimeout(stop, SETTLE_MS);
      }
      if (Math.abs(section.getBoundingClientRect().top) > 1) section.scrollIntoView({ block: "start" });
    };
    const mutations = new MutationObserver(place);
    const sizes = new ResizeObserver(place);
    const userEvents = ["wheel", "touchstart", "keydown", "mousedown"] as const;
    function stop() {
      if (stopped) return;
      stopped = true;
      mutations.disconnect();
      sizes.disconnect();
      if (timer) clearTimeout(timer);
      for (const type of userEvents) window.removeEventListener(type, stop, true);
    }
    mutations.observe(document.body, { childList: true, subtree: true });
    sizes.observe(document.body);
    for (const type of userEvents) window.addEventListener(type, stop, { capture: true, passive: true });
    place();
    return stop;
  }, []);
}
