import { isIP } from "node:net";

/**
 * Addresses a fetch must never reach unless the user allows private addresses: loopback, private
 * networks, link-local (cloud metadata lives at 169.254.169.254), carrier-grade NAT, multicast,
 * reserved and documentation ranges, and IPv6 forms that embed such an IPv4 address.
 */
const BLOCKED_IPV4: readonly (readonly [string, number])[] = [
  ["0.0.0.0", 8], // "this network"; 0.0.0.0 reaches the local host on Linux
  ["10.0.0.0", 8],
  ["100.64.0.0", 10], // carrier-grade NAT
  ["127.0.0.0", 8],
  ["169.254.0.0", 16], // link-local, cloud metadata
  ["172.16.0.0", 12],
  ["192.0.0.0", 24], // IETF protocol assignments
  ["192.0.2.0", 24], // documentation
  ["192.88.99.0", 24], // 6to4 relay anycast
  ["192.168.0.0", 16],
  ["198.18.0.0", 15], // benchmarking
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, and 255.255.255.255 broadcast
];

const BLOCKED_IPV6: readonly (readonly [string, number])[] = [
  ["::", 128], // unspecified
  ["::1", 128], // loopback
  ["fc00::", 7], // unique local
  ["fe80::", 10], // link-local
  ["fec0::", 10], // old site-local
  ["ff00::", 8], // multicast
  ["2001:db8::", 32], // documentation
  ["100::", 64], // discard-only
];

/** IPv6 prefixes whose last 32 bits are an IPv4 address that must itself be checked. */
const IPV4_EMBEDDING_IPV6: readonly (readonly [string, number])[] = [
  ["::ffff:0:0", 96], // IPv4-mapped
  ["::", 96], // IPv4-compatible (deprecated)
  ["64:ff9b::", 96], // NAT64
  ["::ffff:0:0:0", 96], // SIIT translated
];

/** True when a fetch must not connect to this IP address (IPv4 or IPv6 literal). Unparseable input is blocked. */
export function isBlockedAddress(address: string): boolean {
  const unbracketed = address.replace(/^\[|\]$/g, "");
  const zone = unbracketed.indexOf("%");
  const ip = zone >= 0 ? unbracketed.slice(0, zone) : unbracketed;
  const family = isIP(ip);
  if (family === 4) return isBlockedIpv4(parseIpv4(ip)!);
  if (family === 6) {
    const words = parseIpv6(ip);
    if (!words) return true;
    return isBlockedIpv6(words);
  }
  return true;
}

function isBlockedIpv4(value: number): boolean {
  return BLOCKED_IPV4.some(([net, bits]) => inIpv4Subnet(value, parseIpv4(net)!, bits));
}

function isBlockedIpv6(words: readonly number[]): boolean {
  // 6to4 (2002::/16) carries an IPv4 address in bits 16-47.
  if (words[0] === 0x2002) return isBlockedIpv4(((words[1]! << 16) | words[2]!) >>> 0);
  for (const [net, bits] of IPV4_EMBEDDING_IPV6) {
    if (inIpv6Subnet(words, parseIpv6(net)!, bits)) {
      const v4 = ((words[6]! << 16) | words[7]!) >>> 0;
      // "::" and "::1" are themselves in ::/96; they are caught below as unspecified/loopback.
      if (isBlockedIpv4(v4)) return true;
    }
  }
  return BLOCKED_IPV6.some(([net, bits]) => inIpv6Subnet(words, parseIpv6(net)!, bits));
}

function parseIpv4(ip: string): number | null {
  const parts = ip.split(".");
  if (parts.length !== 4) return null;
  let value = 0;
  for (const p of parts) {
    const n = Number(p);
    if (!/^\d{1,3}$/.test(p) || n > 255) return null;
    value = value * 256 + n;
  }
  return value;
}

/** Parses an IPv6 address (with "::" and an optional dotted IPv4 tail) into eight 16-bit words. */
function parseIpv6(ip: string): number[] | null {
  let text = ip.toLowerCase();
  const dotted = /(?<![\d.])(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const v4 = parseIpv4(dotted[1]!);
    if (v4 === null) return null;
    text = text.slice(0, dotted.index) + (v4 >>> 16).toString(16) + ":" + (v4 & 0xffff).toString(16);
  }
  const halves = text.split("::");
  if (halves.length > 2) return null;
  const toWords = (s: string) => (s === "" ? [] : s.split(":").map((h) => (/^[0-9a-f]{1,4}$/.test(h) ? parseInt(h, 16) : NaN)));
  const head = toWords(halves[0]!);
  const rest = halves.length === 2 ? toWords(halves[1]!) : [];
  const explicit = head.length + rest.length;
  if (halves.length === 1 && explicit !== 8) return null;
  if (halves.length === 2 && explicit > 7) return null;
  const words = halves.length === 2 ? [...head, ...new Array<number>(8 - explicit).fill(0), ...rest] : head;
  return words.some((w) => Number.isNaN(w)) ? null : words;
}

function inIpv4Subnet(value: number, net: number, bits: number): boolean {
  if (bits === 0) return true;
  const mask = (~0 << (32 - bits)) >>> 0;
  return ((value & mask) >>> 0) === ((net & mask) >>> 0);
}

function inIpv6Subnet(words: readonly number[], net: readonly number[], bits: number): boolean {
  for (let i = 0; i < 8 && bits > 0; i++, bits -= 16) {
    const take = Math.min(16, bits);
    const mask = (0xffff << (16 - take)) & 0xffff;
    if ((words[i]! & mask) !== (net[i]! & mask)) return false;
  }
  return true;
}
