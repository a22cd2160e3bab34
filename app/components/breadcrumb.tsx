import { Link } from "@remix-run/react";
import { Fragment } from "react";

/**
 * The breadcrumb of a partnership's pages: the partnership's workspace, then the pages above this one, each a
 * link, separated by "›".
 */
export function Breadcrumb({ partnership, trail = [] }: { partnership: { slug: string; name: string }; trail?: { to: string; label: string }[] }) {
  return (
    <p className="breadcrumb">
      {[{ to: `/w/${partnership.slug}`, label: partnership.name }, ...trail].map((crumb, i) => (
        <Fragment key={crumb.to}>
          {i > 0 ? " › " : null}
          <Link to={crumb.to}>{crumb.label}</Link>
        </Fragment>
      ))}
    </p>
  );
}
