/**
 * JSON over HTTP cannot carry bytes, so Uint8Array values travel as `{"$bytes": "<base64>"}` — in both
 * directions, at any depth. Pure (no Node or DOM APIs beyond atob/btoa), shared by the browser host server
 * and the renderer's browser adapter.
 */

const CHUNK = 0x8000;

/** The platform's own base64 where it has one (Chromium 140+: a 15 MB .docx in milliseconds, not a second). */
type Base64Native = { toBase64?(): string };
type Base64Ctor = { fromBase64?(s: string): Uint8Array };

export function bytesToBase64(bytes: Uint8Array): string {
  if (typeof (bytes as Base64Native).toBase64 === 'function') return (bytes as Base64Native).toBase64!();
  let bin = '';
  for (let i = 0; i < bytes.length; i += CHUNK) bin += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(bin);
}

export function base64ToBytes(b64: string): Uint8Array {
  const U = Uint8Array as Base64Ctor;
  if (typeof U.fromBase64 === 'function') return U.fromBase64(b64);
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** Value → JSON-safe value (Uint8Array → {$bytes}). */
export function toWire(v: unknown): unknown {
  if (v instanceof Uint8Array) return { $bytes: bytesToBase64(v) };
  if (Array.isArray(v)) return v.map(toWire);
  if (v && typeof v === 'object') {
    const o: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) if (x !== undefined) o[k] = toWire(x);
    return o;
  }
  return v;
}

/** JSON-parsed value → value ({$bytes} → Uint8Array). Throws on malformed base64. */
export function fromWire(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(fromWire);
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    const keys = Object.keys(o);
    if (keys.length === 1 && keys[0] === '$bytes' && typeof o.$bytes === 'string') return base64ToBytes(o.$bytes);
    const out: Record<string, unknown> = {};
    // defineProperty, not assignment: a "__proto__" key from JSON.parse must stay a plain key.
    for (const k of keys) Object.defineProperty(out, k, { value: fromWire(o[k]), enumerable: true, writable: true, configurable: true });
    return out;
  }
  return v;
}
