import type { ReactNode } from "react";

export interface Column<T> {
  /** Column heading; also the label a phone shows beside each value when rows stack. */
  header: string;
  cell: (row: T) => ReactNode;
  /** Show the heading only to screen readers (an actions column). */
  hiddenHeader?: boolean;
}

/**
 * The one table of the app's lists: a caption, scoped column headings, one row per item. On a narrow screen
 * (styles.css `.data-table`) the rows stack as cards, each value labelled with its heading, so nothing scrolls
 * sideways.
 */
export function DataTable<T>({
  caption,
  columns,
  rows,
  rowKey,
  empty,
  showCaption = false,
  rowAttributes,
}: {
  caption: string;
  columns: Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string | number;
  /** Shown instead of the table when there are no rows. */
  empty?: ReactNode;
  showCaption?: boolean;
  rowAttributes?: (row: T) => Record<string, string | undefined>;
}) {
  if (rows.length === 0 && empty !== undefined) return <p className="empty-state">{empty}</p>;
  return (
    <table className="data-table">
      <caption className={showCaption ? undefined : "visually-hidden"}>{caption}</caption>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.header} scope="col">
              {c.hiddenHeader ? <span className="visually-hidden">{c.header}</span> : c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)} {...rowAttributes?.(row)}>
            {columns.map((c) => (
              <td key={c.header} data-label={c.header}>
                {c.cell(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
