/** The stored vocabularies (roles, kinds, statuses, audit events) for app code: routes never import db/. */
export * from "../../db/enums";
