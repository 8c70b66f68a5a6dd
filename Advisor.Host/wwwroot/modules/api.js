// Talking to this host's /api, and saying in words what went wrong.

import { state } from './state.js';
import { sentence } from './format.js';

export class ApiError extends Error {
  constructor(status, problem, retryAfter) {
    super(problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
    this.retryAfter = retryAfter;
  }
}

export async function api(method, path, { body, headers = {}, auth = true } = {}) {
  const h = { Accept: 'application/json, application/problem+json', ...headers };
  if (body !== undefined) h['Content-Type'] = 'application/json';
  if (auth && state.token) h.Authorization = `Bearer ${state.token}`;
  let response;
  try {
    response = await fetch(path, {
      method,
      headers: h,
      body: body === undefined ? undefined : (typeof body === 'string' ? body : JSON.stringify(body)),
      cache: 'no-store',
    });
  } catch {
    throw new ApiError(0, null, null);
  }
  if (!response.ok) {
    let problem = null;
    try { problem = await response.json(); } catch { /* not JSON */ }
    throw new ApiError(response.status, problem, response.headers.get('Retry-After'));
  }
  return response;
}

/** A sentence for a failed request that is not about particular fields. */
export function describeFailure(error) {
  const detail = error.problem?.detail;
  switch (error.status) {
    case 0: return "We couldn't reach the server. Check your connection and try again.";
    case 401: return 'Your tracking key was not accepted.';
    case 404: return "We couldn't find that routine. It may have been deleted.";
    case 409: return 'That was already sent with different answers. Please try again.';
    case 413: return 'That is more than the server accepts in one go.';
    case 429: {
      const wait = Number.parseInt(error.retryAfter, 10);
      return Number.isFinite(wait)
        ? `Too many requests just now. Please wait ${wait} second${wait === 1 ? '' : 's'} and try again.`
        : 'Too many requests just now. Please wait a moment and try again.';
    }
    default:
      if (error.status >= 500) return 'Something went wrong on our side. Please try again in a moment.';
      return sentence(detail || error.problem?.title || `The request failed (${error.status}).`);
  }
}

/** Saves a response body as a file the browser downloads. */
export async function download(response, filename) {
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30000);
}
