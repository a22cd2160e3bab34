import { WGJC_GOALS } from "../../strategy/wiele-gmin-jeden-cel";

export const PARTNERSHIP = "wiele-gmin-jeden-cel";
export const [CS1, CS2, CS3, CS4] = WGJC_GOALS.map((g) => ({ code: g.code, title: g.title }));
export const BIP = "https://bip.powiatkolno.pl";
