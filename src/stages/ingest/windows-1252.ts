/**
 * windows-1252, written out: Node's TextDecoder("windows-1252") decodes 0x80-0x9F as C1 control
 * characters (latin1) instead of the curly quotes, dashes and euro sign the code page defines there.
 * Bytes 0x81, 0x8D, 0x8F, 0x90 and 0x9D are undefined and map to the C1 control of the same value.
 */
const HIGH_C1 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** Code point of each byte 0x00-0xFF in windows-1252. */
export const WINDOWS_1252: readonly number[] = Array.from({ length: 256 }, (_, b) => (b >= 0x80 && b <= 0x9f ? HIGH_C1[b - 0x80]! : b));

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const part = bytes.subarray(i, i + CHUNK);
    out += String.fromCharCode(...Array.from(part, (b) => WINDOWS_1252[b]!));
  }
  return out;
}
