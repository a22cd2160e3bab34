/** The demo project packages of the three pilot partnerships (shape: DemoProject in ../types.ts). */
import type { DemoProject } from "../types";
import { abptKadry } from "./augustowsko-biebrzanski/kadry-turystyki";
import { abptPrzystanie } from "./augustowsko-biebrzanski/przystanie-kajakowe";
import { abptSzlak } from "./augustowsko-biebrzanski/biebrzanski-szlak-rowerowy";
import { abptSzlakTatarski } from "./augustowsko-biebrzanski/szlak-tatarski";
import { abptMarka } from "./augustowsko-biebrzanski/wspolna-marka";
import { wgjcSeniorzy } from "./wiele-gmin-jeden-cel/centrum-uslug-stawiski";
import { wgjcDroga } from "./wiele-gmin-jeden-cel/droga-kolno-jedwabne";
import { wgjcEUslugi } from "./wiele-gmin-jeden-cel/e-uslugi";
import { wgjcStrefa } from "./wiele-gmin-jeden-cel/strefa-kolno";
import { wgjcWoda } from "./wiele-gmin-jeden-cel/woda";
import { zwBlizejSeniora } from "./ziemia-wysokomazowiecka/blizej-seniora";
import { zwCentrumKsztalcenia } from "./ziemia-wysokomazowiecka/centrum-ksztalcenia";
import { zwKlasterEnergii } from "./ziemia-wysokomazowiecka/klaster-energii";
import { zwStrefaS8 } from "./ziemia-wysokomazowiecka/strefa-s8";
import { zwSzlakNurcaNarwi } from "./ziemia-wysokomazowiecka/szlak-nurca-narwi";
import { zwTransport } from "./ziemia-wysokomazowiecka/transport";

/** Every demo project, grouped by partnership slug, in the order of each package. */
export const DEMO_PROJECTS: Record<string, readonly DemoProject[]> = {
  "ziemia-wysokomazowiecka": [
    zwStrefaS8,
    zwCentrumKsztalcenia,
    zwKlasterEnergii,
    zwTransport,
    zwBlizejSeniora,
    zwSzlakNurcaNarwi,
  ],
  "wiele-gmin-jeden-cel": [wgjcDroga, wgjcStrefa, wgjcWoda, wgjcSeniorzy, wgjcEUslugi],
  "augustowsko-biebrzanski-park-turystyczny": [abptSzlak, abptMarka, abptPrzystanie, abptKadry, abptSzlakTatarski],
};

export function demoProject(key: string): DemoProject {
  const project = Object.values(DEMO_PROJECTS)
    .flat()
    .find((p) => p.key === key);
  if (!project) throw new Error(`no demo project ${key}`);
  return project;
}
