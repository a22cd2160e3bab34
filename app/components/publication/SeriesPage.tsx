import type { ReactNode } from "react";
import { PublicBreadcrumb } from "./PublicBreadcrumb";

/** The frame of a public page about one published series (its versions, a difference): breadcrumb and heading. */
export function SeriesPage({
  partnership,
  series,
  title,
  heading,
  children,
}: {
  partnership: { slug: string; name: string };
  series: string;
  title: string;
  heading: string;
  children: ReactNode;
}) {
  return (
    <div className="page">
      <PublicBreadcrumb partnership={partnership} series={{ key: series, title }} />
      <h1>{heading}</h1>
      {children}
    </div>
  );
}
