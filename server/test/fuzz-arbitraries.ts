/**
 * Generators of malformed HTTP requests and websocket frames for the fuzz test (fast-check arbitraries).
 * Requests are raw bytes, so nothing a client library would refuse or repair is out of reach.
 */
import fc from "fast-check";
import * as encoding from "lib0/encoding";
import * as Y from "yjs";

export interface FuzzTargets {
  /** A session token of an editor and of a read-only member. */
  editorToken: string;
  readerToken: string;
  slug: string;
  documentId: string;
  /** The origin browsers of this site send. */
  origin: string;
}

const hostileText = fc.oneof(
  fc.constantFrom(
    "",
    "%",
    "%E0%A4%A",
    "%FF%FE",
    "%C0%AF",
    "%ED%A0%80",
    "%00",
    "%0D%0ASet-Cookie:%20x=1",
    "%2F%2Fevil.example",
    "%5C",
    "..",
    "../../etc/passwd",
    "//evil.example",
    "/\\evil.example",
    "javascript:alert(1)",
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "\u0000",
    "ł".repeat(300),
    "a".repeat(5000),
    "__proto__",
    "constructor",
    "00000000-0000-0000-0000-000000000000",
    "NaN",
    "-1",
    "1e309",
    "[]",
    "{}",
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.string({ unit: "binary", maxLength: 20 }),
);

/** Text for a place where bytes go on the wire as they are: anything but what would end the request line. */
const wireText = hostileText.map((s) => s.replace(/[\r\n ]/g, "%20"));

const FIELDS = [
  "email", "password", "redirectTo", "intent", "lang", "current", "confirm", "name", "sessionId", "groupId",
  "membershipId", "userId", "invitationId", "role", "representedTeryt", "workingGroupIds", "body", "threadId",
  "commentId", "answer", "decision", "field", "anchorStart", "anchorEnd", "quote", "justification",
];
const INTENTS = [
  "create", "reply", "resolve", "reopen", "edit", "delete", "decide", "read", "profile", "password", "revoke",
  "revoke_all", "invite", "remove", "set_groups", "update", "withdraw", "create_group", "rename_group", "restore", "accept",
];

function paths(t: FuzzTargets): fc.Arbitrary<string> {
  const segment = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(t.slug, t.documentId, "x") }, { weight: 2, arbitrary: wireText });
  const known = fc.oneof(
    fc.constantFrom(
      "/", "/login", "/logout", "/haslo", "/konto", "/w", "/partnerstwa", "/powiadomienia", "/jezyk", "/healthz",
      "/deklaracja-dostepnosci", "/admin/dziennik", "/assets/x.js", "/favicon.svg",
      `/w/${t.slug}`, `/w/${t.slug}/strategia`, `/w/${t.slug}/szukaj`, `/w/${t.slug}/czlonkowie`, `/w/${t.slug}/dziennik`,
      `/w/${t.slug}/dokumenty/${t.documentId}`, `/w/${t.slug}/dokumenty/${t.documentId}/wersje`,
      `/w/${t.slug}/dokumenty/${t.documentId}/roznice`, `/api/documents/${t.documentId}/threads`,
      `/api/documents/${t.documentId}/report.csv`, `/api/documents/${t.documentId}/report.docx`,
      `/api/partnerships/${t.slug}/documents`,
    ),
    fc.tuple(
      fc.constantFrom("/haslo/", "/zaproszenie/", "/powiadomienia/", "/w/", `/w/${t.slug}/dokumenty/`, "/api/documents/", "/assets/"),
      segment,
    ).map(([a, b]) => a + b),
    fc.array(segment, { minLength: 1, maxLength: 5 }).map((parts) => `/${parts.join("/")}`),
  );
  const suffix = fc.constantFrom("", "", "", ".data", "/", "?index", "//");
  const query = fc.oneof(
    fc.constant(""),
    fc
      .array(
        fc.tuple(fc.oneof(fc.constantFrom("redirectTo", "q", "watek", "reset", "out", "od", "do", "_data", "index"), wireText), wireText),
        { maxLength: 4 },
      )
      .map((pairs) => (pairs.length ? `?${pairs.map(([k, v]) => `${k}=${v}`).join("&")}` : "")),
  );
  return fc.tuple(known, suffix, query).map(([p, s, q]) => p + s + q);
}

function cookies(t: FuzzTargets): fc.Arbitrary<string | null> {
  const session = fc.oneof(
    fc.constantFrom(t.editorToken, t.readerToken, t.editorToken, "%E0%A4%A", "%", "", "a".repeat(4000), `${t.editorToken}%00`),
    wireText,
  );
  const lang = fc.oneof(fc.constantFrom("pl", "en", "xx", "%E0"), wireText);
  return fc.option(
    fc
      .tuple(session, lang, fc.array(fc.tuple(wireText, wireText), { maxLength: 3 }))
      .map(([s, l, more]) => [`wspolnie_session=${s}`, `wspolnie_lang=${l}`, ...more.map(([k, v]) => `${k}=${v}`)].join("; ")),
    { nil: null, freq: 4 },
  );
}

function formBody(): fc.Arbitrary<string> {
  const value = fc.oneof(fc.constantFrom(...INTENTS), hostileText);
  const pairs = fc.array(
    fc.tuple(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...FIELDS) }, { weight: 1, arbitrary: hostileText }), value),
    { maxLength: 8 },
  );
  // Either properly encoded fields, or the bytes as they came (broken percent-escapes included).
  return fc
    .tuple(pairs, fc.boolean())
    .map(([list, raw]) => (raw ? list.map(([k, v]) => `${k}=${v}`).join("&") : new URLSearchParams(list).toString()));
}

function jsonBody(): fc.Arbitrary<string> {
  const value = fc.oneof(
    fc.jsonValue({ maxDepth: 3 }),
    fc.constantFrom(...INTENTS),
    hostileText,
  );
  const object = fc.dictionary(fc.oneof(fc.constantFrom(...FIELDS, "__proto__", "constructor"), hostileText), value, { maxKeys: 8 });
  return fc.oneof(
    object.map((o) => JSON.stringify(o)),
    fc.constantFrom("{", "[", "null", "1", '"x"', '{"intent":', "\u0000", '{"__proto__":{"polluted":1}}', "[".repeat(5000)),
    fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v) ?? "null"),
  );
}

function multipartBody(): fc.Arbitrary<{ type: string; body: string }> {
  return fc.oneof(
    fc.tuple(wireText, formBody()).map(([boundary, fields]) => ({
      type: `multipart/form-data; boundary=${boundary || "b"}`,
      body: fields
        .split("&")
        .map((pair) => `--${boundary || "b"}\r\nContent-Disposition: form-data; name="${pair.split("=")[0]}"\r\n\r\n${pair.split("=")[1] ?? ""}\r\n`)
        .join("") + `--${boundary || "b"}--\r\n`,
    })),
    hostileText.map((body) => ({ type: "multipart/form-data", body })),
    hostileText.map((body) => ({ type: "multipart/form-data; boundary=zz", body })),
  );
}

export interface FuzzRequest {
  bytes: Buffer;
  /** For the failure message. */
  summary: string;
}

export function httpRequests(t: FuzzTargets): fc.Arbitrary<FuzzRequest> {
  const method = fc.constantFrom("GET", "GET", "GET", "POST", "POST", "POST", "HEAD", "PUT", "DELETE", "PATCH", "OPTIONS", "PROPFIND");
  const body = fc.oneof(
    fc.constant({ type: null as string | null, body: "" }),
    formBody().map((b) => ({ type: "application/x-www-form-urlencoded" as string | null, body: b })),
    jsonBody().map((b) => ({ type: "application/json" as string | null, body: b })),
    multipartBody(),
    fc.tuple(fc.oneof(fc.constantFrom("text/plain", "application/xml", "", "*/*", "application/x-www-form-urlencoded; charset=utf-16"), wireText), hostileText).map(
      ([type, b]) => ({ type: type as string | null, body: b }),
    ),
  );
  const origin = fc.option(fc.oneof(fc.constantFrom(t.origin, t.origin, "https://evil.example", "null"), wireText), { nil: null });
  const extraHeaders = fc.array(
    fc.oneof(
      fc.tuple(
        fc.constantFrom(
          "Accept-Language", "X-Forwarded-For", "X-Forwarded-Host", "X-Forwarded-Proto", "Range", "If-None-Match",
          "If-Modified-Since", "Accept-Encoding", "Sec-Fetch-Site", "Authorization", "Referer", "Accept", "User-Agent",
          "Content-Encoding", "Expect", "Transfer-Encoding", "Upgrade",
        ),
        wireText,
      ),
      fc.tuple(wireText.filter((k) => /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(k)), wireText),
    ),
    { maxLength: 4 },
  );
  const host = fc.oneof({ weight: 5, arbitrary: fc.constant("127.0.0.1") }, { weight: 1, arbitrary: wireText });
  return fc
    .tuple(method, paths(t), cookies(t), origin, body, extraHeaders, host)
    .map(([m, path, cookie, o, b, extra, h]) => {
      const payload = Buffer.from(b.body, "utf8");
      const lines = [`${m} ${path} HTTP/1.1`, `Host: ${h}`, "Connection: close"];
      if (cookie !== null) lines.push(`Cookie: ${cookie}`);
      if (o !== null) lines.push(`Origin: ${o}`);
      if (b.type !== null) lines.push(`Content-Type: ${b.type}`);
      for (const [k, v] of extra) if (!/^(transfer-encoding|content-length)$/i.test(k)) lines.push(`${k}: ${v}`);
      if (m !== "GET" && m !== "HEAD") lines.push(`Content-Length: ${payload.byteLength}`);
      const head = Buffer.from(`${lines.join("\r\n")}\r\n\r\n`, "utf8");
      return { bytes: Buffer.concat([head, m !== "GET" && m !== "HEAD" ? payload : Buffer.alloc(0)]), summary: `${m} ${path}` };
    });
}

/** Malformed or hostile collaboration messages: framing, lengths, updates, awareness. */
export function websocketFrames(): fc.Arbitrary<Uint8Array | string> {
  const bytes = fc.uint8Array({ maxLength: 64 });
  const frame = (write: (e: encoding.Encoder) => void) => {
    const e = encoding.createEncoder();
    write(e);
    return encoding.toUint8Array(e);
  };
  const validUpdate = fc.string({ maxLength: 20 }).map((text) => {
    const doc = new Y.Doc();
    const choice = text.length % 4;
    if (choice === 0) doc.getXmlFragment("s01").insert(0, [new Y.XmlText(text)]);
    else if (choice === 1) doc.getXmlFragment("s02").insert(0, [new Y.XmlElement(text.replace(/[^a-z]/gi, "") || "script")]);
    else if (choice === 2) doc.getMap("s03").set("x", text);
    else {
      const p = new Y.XmlElement("paragraph");
      p.insert(0, [new Y.XmlText(text)]);
      doc.getXmlFragment("s04").insert(0, [p]);
    }
    return Y.encodeStateAsUpdate(doc);
  });
  const mutated = fc.tuple(validUpdate, fc.nat(), fc.integer({ min: 0, max: 255 })).map(([u, at, value]) => {
    const copy = Uint8Array.from(u);
    if (copy.length > 0) copy[at % copy.length] = value;
    return copy;
  });
  return fc.oneof(
    bytes,
    fc.constantFrom(new Uint8Array([]), new Uint8Array([0]), new Uint8Array([0, 1]), new Uint8Array([0, 0, 255, 255, 255, 255, 15])),
    fc.tuple(fc.constantFrom(0, 1, 2, 3, 100, 101, 255, 999999), bytes).map(([type, rest]) => frame((e) => {
      encoding.writeVarUint(e, type);
      encoding.writeUint8Array(e, rest);
    })),
    fc.tuple(fc.constantFrom(0, 1, 2, 7), fc.oneof(validUpdate, mutated, bytes)).map(([step, payload]) =>
      frame((e) => {
        encoding.writeVarUint(e, 0);
        encoding.writeVarUint(e, step);
        encoding.writeVarUint8Array(e, payload);
      }),
    ),
    fc.tuple(fc.nat(), bytes).map(([length, rest]) =>
      frame((e) => {
        encoding.writeVarUint(e, 0);
        encoding.writeVarUint(e, 2);
        encoding.writeVarUint(e, length);
        encoding.writeUint8Array(e, rest);
      }),
    ),
    fc.oneof(bytes, fc.json().map((s) => new TextEncoder().encode(s))).map((payload) =>
      frame((e) => {
        encoding.writeVarUint(e, 1);
        encoding.writeVarUint8Array(e, payload);
      }),
    ),
    fc.string({ maxLength: 30 }),
  );
}
