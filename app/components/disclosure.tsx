import type { ReactNode } from "react";

/** A button that shows and hides the element with the id `controls` (the WAI-ARIA disclosure pattern). */
export function DisclosureButton({
  open,
  onToggle,
  controls,
  className,
  children,
}: {
  open: boolean;
  onToggle: (open: boolean) => void;
  controls: string;
  className: string;
  children: ReactNode;
}) {
  return (
    <button type="button" className={className} aria-expanded={open} aria-controls={controls} onClick={() => onToggle(!open)}>
      {children}
    </button>
  );
}
