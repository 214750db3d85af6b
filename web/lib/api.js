/** The API as the app calls it: JSON in, JSON out, errors as `ApiError` with the API's stable code. */

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/** Query parameters without the empty ones. */
export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params ?? {})) {
    if (v === undefined || v === null || v === "" || (Array.isArray(v) && v.length === 0)) continue;
    q.set(k, Array.isArray(v) ? v.join(",") : String(v));
  }
  const s = q.toString();
  return s ? `?${s}` : "";
}

export async function getJson(path, params) {
  return request(`${path}${query(params)}`, { headers: { accept: "application/json" } });
}

export async function postJson(path, body, token) {
  const headers = { "content-type": "application/json", accept: "application/json" };
  if (token) headers.authorization = `Bearer ${token}`;
  return request(path, { method: "POST", headers, body: JSON.stringify(body) });
}

async function request(url, init) {
  const response = await fetch(url, init);
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const error = body?.error ?? {};
    throw new ApiError(response.status, error.code ?? "HTTP_" + response.status, error.message ?? response.statusText);
  }
  return body;
}
