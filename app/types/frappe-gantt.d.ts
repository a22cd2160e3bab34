/** The part of frappe-gantt 1.x we use (the package ships no types). */
declare module "frappe-gantt" {
  export interface GanttTask {
    id: string;
    name: string;
    start: string;
    end: string;
    progress?: number;
    dependencies?: string;
    custom_class?: string;
  }
  export interface GanttOptions {
    readonly?: boolean;
    view_mode?: "Day" | "Week" | "Month" | "Year";
    language?: string;
    popup?: false | ((ctx: unknown) => void);
    today_button?: boolean;
    infinite_padding?: boolean;
    scroll_to?: string;
    bar_height?: number;
    padding?: number;
    container_height?: number | "auto";
    lines?: "none" | "vertical" | "horizontal" | "both";
  }
  export default class Gantt {
    constructor(wrapper: HTMLElement | string, tasks: GanttTask[], options?: GanttOptions);
  }
}
