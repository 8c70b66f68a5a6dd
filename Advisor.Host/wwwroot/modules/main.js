// The page at "/": wires the parts together. Each module does one thing; this one only connects them.

import { $, el, smooth } from './dom.js';
import { loadJson, loadToken, saveJson, state } from './state.js';
import { api } from './api.js';
import { showGeneral } from './errors.js';
import { loadVocabulary } from './vocabulary.js';
import { buildForm } from './checkin.js';
import { renderRoutine } from './routine-view.js';
import { renderOutcomeForm, uniqueItems, wireOutcome } from './outcome.js';
import { forgetToken, keyRefused, loadRoutines, printOnly, renderTracking, wireTracking } from './tracking.js';
import { loadProgress, renderProgress, wireProgress } from './progress.js';
import { play, playerDialog, wirePlayer } from './player.js';
import { offer, wireReminders } from './reminders.js';

// The routine on screen survives a reload: the page shows it again, and its outcome can still be logged.
const SHOWN_KEY = 'routineAdvisor.shown';

function shown(routine) {
  renderRoutine(routine, routine ? actionsFor(routine) : []);
  renderOutcomeForm();
  saveJson(SHOWN_KEY, routine ? { routine, assessment: state.assessment, personal: state.personal } : null);
  if (routine) offer(routine);
  if (state.personal) refreshHistory();
}

function actionsFor(routine) {
  if (routine.status !== 'ok') return [];
  return [
    el('button', { type: 'button', class: 'btn btn-primary', 'data-testid': 'player-start', text: 'Start guided session', onclick: () => startSession(routine) }),
    el('button', { type: 'button', class: 'btn btn-secondary', 'data-testid': 'print-routine', text: 'Print the routine', onclick: () => printOnly('print-routine') }),
  ];
}

function startSession(routine) {
  // Looking is not doing: starting the session is what counts towards adherence.
  if (state.personal && state.token) {
    api('POST', `/api/routines/${encodeURIComponent(routine.routineId)}/start`).then(loadRoutines).catch(() => {});
  }
  play((routine.phases || []).flatMap((p) => p.items || []), {
    title: 'Your routine',
    finished: (done) => sessionOver(done, 'Session complete. Well done.'),
    stopped: (done) => sessionOver(done, 'Session stopped. Log what you did, if you like.'),
  });
}

function sessionOver(done, words) {
  const all = new Set(uniqueItems(state.routine).map((i) => i.exerciseId));
  renderOutcomeForm(new Set([...done].filter((id) => all.has(id))));
  const note = $('#session-over');
  note.textContent = words;
  note.hidden = false;
  const target = $('#outcome').hidden ? note : $('#outcome');
  target.scrollIntoView({ block: 'start', behavior: smooth() });
  ($('#log-outcome') || note).focus({ preventScroll: true });
}

/** A routine from the person's list, shown as if just made, so it can be done and logged. */
function openStored(stored) {
  state.routine = stored.routine;
  state.assessment = stored.assessment;
  state.painIndex = [];
  state.personal = true;
  $('#session-over').hidden = true;
  shown(stored.routine);
  const section = $('#routine');
  section.scrollIntoView({ block: 'start', behavior: smooth() });
  section.focus({ preventScroll: true });
}

function refreshHistory() {
  loadProgress();
  loadRoutines();
}

function trackingChanged() {
  renderTracking();
  renderOutcomeForm();
  if (state.token) refreshHistory();
}

async function loadCatalog() {
  try {
    const response = await api('GET', '/api/exercises', { auth: false });
    for (const e of await response.json()) if (e?.id) state.catalog.set(e.id, { name: e.name, instructions: e.instructions });
  } catch {
    // Names fall back to the ids; the routine itself carries what it needs.
  }
}

async function init() {
  document.body.append(playerDialog());
  state.token = loadToken();
  try {
    await loadVocabulary();
  } catch {
    showGeneral("The questions couldn't be loaded. Check your connection and reload the page.", $('#submit-row'));
    return;
  }
  buildForm({ shown, forgetToken });
  wireTracking({ changed: trackingChanged, open: openStored });
  wireOutcome({ logged: refreshHistory, forgetToken });
  wireProgress({ keyRefused });
  wirePlayer();
  wireReminders({ logged: refreshHistory });
  renderTracking();

  let resizeTimer = 0;
  let lastWidth = window.innerWidth;
  window.addEventListener('resize', () => {
    if (window.innerWidth === lastWidth) return;
    lastWidth = window.innerWidth;
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => { if (state.progress && !$('#progress').hidden) renderProgress(); }, 150);
  });

  await loadCatalog();
  const last = loadJson(SHOWN_KEY, null);
  if (last?.routine) {
    state.routine = last.routine;
    state.assessment = last.assessment;
    state.personal = Boolean(last.personal && state.token);
    shown(last.routine);
  }
  if (state.token) refreshHistory();
}

init();
