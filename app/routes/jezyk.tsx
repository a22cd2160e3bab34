import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { isLocale, LOCALE_COOKIE } from "~/i18n";
import { safeRedirect } from "~/lib/safe-redirect";

/** Remembers the chosen language for a year; works without JavaScript. */
export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const lang = form.get("lang");
  const to = safeRedirect(form.get("redirectTo"), "/");
  if (!isLocale(lang)) return redirect(to);
  return redirect(to, {
    headers: { "Set-Cookie": `${LOCALE_COOKIE}=${lang}; Path=/; Max-Age=31536000; SameSite=Lax` },
  });
}

export function loader() {
  return redirect("/");
}
