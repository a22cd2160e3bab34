import { useEffect, useRef } from "react";

export interface GanttItem {
  id: string;
  name: string;
  start: string;
  end: string;
  dependsOn?: readonly string[];
  milestone?: boolean;
}

/**
 * A Gantt chart drawn by frappe-gantt (loaded in the browser only: it needs the DOM). The chart is a picture
 * for sighted users; the page always renders the same data as a table beside it, so the chart itself is
 * hidden from assistive technology and from the keyboard.
 */
export function GanttChart({ items, locale, label }: { items: readonly GanttItem[]; locale: "pl" | "en"; label: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const key = JSON.stringify(items);
  useEffect(() => {
    const host = ref.current;
    if (!host || items.length === 0) return;
    let cancelled = false;
    void import("frappe-gantt").then(({ default: Gantt }) => {
      if (cancelled) return;
      host.innerHTML = "";
      new Gantt(
        host,
        items.map((item) => ({
          id: `t-${item.id}`,
          name: item.name,
          start: item.start,
          end: item.end,
          progress: 0,
          dependencies: (item.dependsOn ?? []).map((d) => `t-${d}`).join(", "),
          custom_class: item.milestone ? "gantt-milestone" : "gantt-task",
        })),
        {
          readonly: true,
          view_mode: "Month",
          language: locale,
          popup: false,
          today_button: false,
          infinite_padding: false,
          scroll_to: "start",
          bar_height: 24,
          padding: 14,
          lines: "vertical",
        },
      );
      // The chart's own scroll container must not become a keyboard stop of a hidden region.
      host.querySelectorAll<HTMLElement>("[tabindex], .gantt-container").forEach((el) => el.setAttribute("tabindex", "-1"));
      host.dataset.ready = "true";
    });
    return () => {
      cancelled = true;
      host.innerHTML = "";
      delete host.dataset.ready;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- redraw when the items change, compared by value
  }, [key, locale]);
  if (items.length === 0) return null;
  return <div className="gantt-chart" ref={ref} aria-hidden="true" data-label={label} />;
}
