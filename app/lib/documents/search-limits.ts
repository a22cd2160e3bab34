/** Longest search query accepted (characters); longer input is cut. */
export const MAX_QUERY_LENGTH = 200;
