import { useTranslation } from "react-i18next";
import type { UnitKind } from "~/lib/enums";
import { unitLabels } from "~/lib/members/rules";

/** "Wysokie Mazowieckie (gmina miejska)" for each member unit, by TERYT code. */
export function useUnitLabels(units: readonly { teryt: string; name: string; kind: UnitKind }[]) {
  const { t } = useTranslation("common");
  return unitLabels(units, (kind) => t(`unitKind.${kind}`));
}
