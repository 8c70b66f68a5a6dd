// Tracking: the key on this device, the person's routines, exports and erasing everything.

import { $, el } from './dom.js';
import { duration, formatDateTime } from './format.js';
import { saveToken, state } from './state.js';
import { api, ApiError, describeFailure, download } from './api.js';
import { clearGeneral, setBusy, showGeneral } from './errors.js';

const hooks = { changed: () => {}, open: () => {} };

/**
 * Wires the tracking card. `changed()` runs when tracking starts or stops; `open(stored)` shows a
 * stored routine ({ routine, assessment, createdAt }) so it can be done or logged.
 */
export function wireTracking({ changed, open }) {
  Object.assign(hooks, { changed, open });
  $('#start-tracking').addEventListener('click', onStartTracking);
  for (const link of document.querySelectorAll('[data-export]')) link.addEventListener('click', onExport);
  $('#delete-data').addEventListener('click', () => toggleDeleteConfirm($('#delete-confirm-box').hidden));
  $('#delete-cancel').addEventListener('click', () => { toggleDeleteConfirm(false); $('#delete-data').focus(); });
  $('#delete-confirm').addEventListener('click', onDelete);
  $('#print-summary').addEventListener('click', () => printOnly('print-summary'));
  $('#older-routines').addEventListener('click', () => loadRoutines({ older: true }));
}

/** Prints one part of the page: the body's class tells the print stylesheet which. */
export function printOnly(kind) {
  // Paper cannot unfold a section: everything folded is opened first.
  for (const details of document.querySelectorAll('#routine details, #progress details')) details.open = true;
  document.body.classList.add(kind);
  const done = () => { document.body.classList.remove(kind); window.removeEventListener('afterprint', done); };
  window.addEventListener('afterprint', done);
  window.print();
  // Some browsers fire no afterprint event; the class must not stick.
  setTimeout(done, 1000);
}

export function renderTracking() {
  const on = Boolean(state.token);
  $('#tracking-off').hidden = on;
  $('#tracking-on').hidden = !on;
  $('#progress').hidden = !on;
  $('#my-routines').hidden = !on;
  if (!on) {
    $('#delete-confirm-box').hidden = true;
    $('#delete-data').setAttribute('aria-expanded', 'false');
    $('#outcome').hidden = true;
  }
}

export function trackingNotice(text) {
  const notice = $('#tracking-notice');
  notice.textContent = text || '';
  notice.hidden = !text;
}

export function forgetToken() {
  saveToken(null);
  state.personal = false;
  state.progress = null;
  state.routines = [];
  state.nextRoutines = null;
  renderTracking();
  hooks.changed();
}

/** The key was refused: this device stops tracking and says so. */
export function keyRefused() {
  forgetToken();
  trackingNotice('Your tracking key is no longer valid, so this device has stopped tracking.');
}

const PAGE = 20;

/** The target of a `Link: <…>; rel="next"` header, or null on the last page. */
function nextPage(response) {
  const match = /<([^>]+)>;\s*rel="next"/.exec(response.headers.get('Link') || '');
  return match ? match[1] : null;
}

/**
 * Lists the person's routines, newest first, a page at a time; any not logged yet can be opened and
 * logged. `older` appends the next page to what is shown instead of starting again from the newest.
 */
export async function loadRoutines({ older = false } = {}) {
  if (!state.token) return;
  const path = older && state.nextRoutines ? state.nextRoutines : `/api/me/routines?limit=${PAGE}`;
  let page;
  try {
    const response = await api('GET', path);
    page = await response.json();
    state.nextRoutines = nextPage(response);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    if (error.status === 401) keyRefused();
    return;
  }
  state.routines = older ? [...state.routines, ...page] : page;
  const list = $('#routine-list');
  list.replaceChildren(...state.routines.map((r) => el('li', { class: 'my-routine', 'data-testid': 'my-routine', 'data-routine-id': r.routineId, 'data-logged': String(r.logged) },
    el('span', { class: 'my-routine-when', text: formatDateTime(r.createdAt) }),
    el('span', { class: 'my-routine-what', text: r.status === 'refer' ? 'Referral' : `About ${duration(r.totalSeconds)}` }),
    el('span', { class: `tag ${r.logged ? 'tag-done' : ''}`, text: r.logged ? 'Logged' : r.started ? 'Started, not logged' : 'Not logged' }),
    r.status === 'ok' ? el('button', {
      type: 'button', class: 'btn btn-secondary btn-small', 'data-testid': 'open-routine',
      'aria-label': `${r.logged ? 'Open' : 'Open and log'} the routine of ${formatDateTime(r.createdAt)}`,
      text: r.logged ? 'Open' : 'Open and log', onclick: () => openRoutine(r.routineId),
    }) : null)));
  $('#routine-list-empty').hidden = state.routines.length > 0;
  $('#older-routines').hidden = !state.nextRoutines;
}

async function openRoutine(id) {
  clearGeneral();
  try {
    const response = await api('GET', `/api/routines/${encodeURIComponent(id)}`);
    hooks.open(await response.json());
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    showGeneral(describeFailure(error), $('#routine-list'));
  }
}

async function onStartTracking() {
  const button = $('#start-tracking');
  clearGeneral();
  trackingNotice('');
  setBusy(button, true, 'Starting…');
  try {
    const response = await api('POST', '/api/users', { auth: false });
    const account = await response.json();
    if (!account?.token) throw new ApiError(500, null, null);
    saveToken(account.token);
    renderTracking();
    trackingNotice(state.routine && state.routine.status === 'ok'
      ? 'Tracking is on. Get your routine again to log how it goes.'
      : 'Tracking is on. Your next routine will be saved so you can log how it went.');
    $('#tracking-nudge').hidden = true;
    hooks.changed();
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    showGeneral(describeFailure(error), $('#start-tracking'));
  } finally {
    setBusy(button, false);
  }
}

// Each export link names its path, its media type and the file's extension.
const EXPORTS = {
  csv: ['/api/me/export', 'text/csv', 'csv', 'a CSV file'],
  zip: ['/api/me/export.zip', 'application/zip', 'zip', 'a zip of spreadsheet tables'],
  json: ['/api/me/export.json', 'application/json', 'json', 'a JSON file'],
};

async function onExport(event) {
  event.preventDefault();
  if (!state.token) return;
  const link = event.currentTarget;
  const [path, type, extension, words] = EXPORTS[link.dataset.export];
  clearGeneral();
  link.setAttribute('aria-busy', 'true');
  try {
    const response = await api('GET', path, { headers: { Accept: type } });
    await download(response, `routine-advisor-data-${new Date().toISOString().slice(0, 10)}.${extension}`);
    trackingNotice(`Your data was downloaded as ${words}.`);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    if (error.status === 401) {
      forgetToken();
      trackingNotice('Your tracking key is no longer valid, so there is nothing to export.');
    } else {
      showGeneral(describeFailure(error), $('#tracking-on .btn-row'));
    }
  } finally {
    link.removeAttribute('aria-busy');
  }
}

function toggleDeleteConfirm(open) {
  $('#delete-confirm-box').hidden = !open;
  $('#delete-data').setAttribute('aria-expanded', String(open));
  if (open) $('#delete-confirm').focus();
}

async function onDelete() {
  const button = $('#delete-confirm');
  clearGeneral();
  setBusy(button, true, 'Deleting…');
  try {
    await api('DELETE', '/api/me');
    forgetToken();
    trackingNotice('Your data has been deleted, and this device no longer holds a key.');
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    if (error.status === 401) {
      forgetToken();
      trackingNotice('Nothing is stored for this device any more, and its key has been removed.');
    } else {
      showGeneral(describeFailure(error), $('#delete-confirm-box'));
    }
  } finally {
    setBusy(button, false);
  }
  if (!state.token) $('#start-tracking').focus();
}
