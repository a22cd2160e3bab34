import { ABPT_GOALS } from "../../strategy/augustowsko-biebrzanski";

export const PARTNERSHIP = "augustowsko-biebrzanski-park-turystyczny";
export const [CS1, CS2, CS3, CS4] = ABPT_GOALS.map((g) => ({ code: g.code, title: g.title }));
