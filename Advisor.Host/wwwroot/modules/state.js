// What the page holds between actions, and the tracking key kept in this browser.

import { humanize } from './format.js';

const TOKEN_KEY = 'routineAdvisor.token';

export const state = {
  token: null,
  catalog: new Map(),      // exercise id -> { name, instructions }
  assessment: null,        // the assessment behind the routine on screen
  painIndex: [],           // painPoints position -> region, for the last assessment sent
  routine: null,
  personal: false,         // the routine on screen was stored for this person
  outcomeKey: null,        // Idempotency-Key of the outcome being submitted
  outcomeBody: null,       // ...and the body it belongs to
  progress: null,
  routines: [],            // the person's routines shown so far (GET /api/me/routines, a page at a time)
  nextRoutines: null,      // the link to the next, older page, or null
  historyOpen: false,
};

export function loadToken() {
  try { return localStorage.getItem(TOKEN_KEY); } catch { return null; }
}

export function saveToken(token) {
  state.token = token;
  try {
    if (token) localStorage.setItem(TOKEN_KEY, token);
    else localStorage.removeItem(TOKEN_KEY);
  } catch { /* storage unavailable: keep it for this visit only */ }
}

/** Reads a JSON value from localStorage; `fallback` when absent or unreadable. */
export function loadJson(key, fallback) {
  try {
    const text = localStorage.getItem(key);
    return text ? JSON.parse(text) : fallback;
  } catch {
    return fallback;
  }
}

export function saveJson(key, value) {
  try {
    if (value == null) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify(value));
  } catch { /* storage unavailable: it lasts for this visit only */ }
}

/** The name of an exercise: from the routine, else the catalog, else its id in words. */
export function exerciseName(id, routine) {
  for (const phase of routine?.phases || []) {
    for (const item of phase.items || []) if (item.exerciseId === id && item.name) return item.name;
  }
  return state.catalog.get(id)?.name || humanize(id);
}
