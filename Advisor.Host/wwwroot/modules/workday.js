// Where the workday template's slots fall (G21, G24). The host places them (GET /api/workday), with
// the rule the calendar file uses, so the reminders and the calendar agree; this module asks once
// per set of hours and interval and keeps the answer.

import { api, ApiError } from './api.js';

/** Minutes after midnight for "HH:mm"; null when it is not a time. */
export function minutesOf(text) {
  const m = /^(\d{1,2}):(\d{2})$/.exec(String(text || '').trim());
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) return null;
  return Number(m[1]) * 60 + Number(m[2]);
}

/** "HH:mm" for minutes after midnight. */
export const timeOf = (minutes) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** A request that failed for want of a connection is asked again after this long. */
const RETRY_MS = 30000;

const days = new Map();
let answered = () => {};

/** `then(problem)` runs whenever an answer arrives: problem is null, or the ApiError of a refused request. */
export function whenSlotsArrive(then) { answered = then; }

/**
 * The slots of one day, sorted: [{ at (minutes after midnight), when }], or null until the host has
 * answered (none when it refused the hours). `hours` is { start, end, meeting } as "HH:mm" (meeting may be empty); interval breaks
 * run every `interval` minutes from `from` ("HH:mm", when the interval last changed) or the start.
 */
export function slotsOf(hours, interval, from = null) {
  const query = new URLSearchParams({ start: hours.start, end: hours.end, interval: String(interval) });
  if (hours.meeting) query.set('meeting', hours.meeting);
  if (from) query.set('from', from);
  const key = query.toString();
  const known = days.get(key);
  if (known?.slots) return known.slots;
  // Refused hours have no slots; the refusal was handed to `whenSlotsArrive`.
  if (known?.failed && !(known.retryAt && Date.now() >= known.retryAt)) return [];
  if (known) return null;
  days.set(key, { asking: true });
  api('GET', `/api/workday?${key}`, { auth: false })
    .then((response) => response.json())
    .then((day) => {
      days.set(key, { slots: day.slots.map((s) => ({ at: minutesOf(s.at), when: s.when })) });
      answered(null);
    })
    .catch((error) => {
      if (!(error instanceof ApiError)) throw error;
      // A refused query stays refused; a lost connection is tried again.
      days.set(key, { failed: error, retryAt: error.status === 0 || error.status >= 500 || error.status === 429 ? Date.now() + RETRY_MS : null });
      answered(error);
    });
  return null;
}
