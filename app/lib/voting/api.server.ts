/** Shared by the voting routes: a VoteError as the answer (JSON under /api, a form error on pages). */
import { getServerT } from "../request.server";
import { VoteError } from "./errors";

/** Runs a voting command; a VoteError becomes `{ error }` with its status, translated. */
export async function voteJson<T>(request: Request, run: () => Promise<T>): Promise<Response> {
  try {
    return Response.json(await run(), { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (error instanceof VoteError) {
      return Response.json({ error: getServerT(request)(`voting:${error.key}`) }, { status: error.status, headers: { "Cache-Control": "no-store" } });
    }
    throw error;
  }
}

/** Reads a JSON body; anything else (or malformed JSON) is null. */
export async function readJson(request: Request): Promise<unknown> {
  if (!(request.headers.get("content-type") ?? "").includes("application/json")) return null;
  try {
    return await request.json();
  } catch {
    return null;
  }
}
