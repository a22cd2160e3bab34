import type { LoaderFunctionArgs } from "@remix-run/node";
import { reportResponse } from "~/lib/comments/report-route.server";

export const loader = ({ request, context, params }: LoaderFunctionArgs) =>
  reportResponse(request, context, params.documentId, "docx");
