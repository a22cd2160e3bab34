import { ZW_GOALS } from "../../strategy/zw-goals";

export const PARTNERSHIP = "ziemia-wysokomazowiecka";
export const [CS1, CS2, CS3, CS4] = ZW_GOALS.map((g) => ({ code: g.code, title: g.title }));
