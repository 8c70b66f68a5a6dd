// The outcome form after a routine: what was done, pain before and after, how it felt.

import { $, $$, el, errorEl } from './dom.js';
import { humanize, sleep, uuid } from './format.js';
import { state } from './state.js';
import { api, ApiError } from './api.js';
import { choices, regionLabel, SCALES } from './vocabulary.js';
import { clearFieldErrors, clearGeneral, generalBox, setBusy, showFieldError, showGeneral, showProblem } from './errors.js';

const hooks = { logged: () => {}, forgetToken: () => {} };

/** Wires the form: `logged()` runs after an outcome is stored, `forgetToken()` when the key was refused. */
export function wireOutcome({ logged, forgetToken }) {
  Object.assign(hooks, { logged, forgetToken });
  $('#outcome-form').addEventListener('submit', onLogOutcome);
}

/** The routine's items, once each (an exercise may come back in a later phase). */
export function uniqueItems(routine) {
  const seen = new Set();
  const items = [];
  for (const phase of routine?.phases || []) {
    for (const item of phase.items || []) {
      if (seen.has(item.exerciseId)) continue;
      seen.add(item.exerciseId);
      items.push(item);
    }
  }
  return items;
}

/** Shows the form for the routine on screen; `done`, when given, is the set of exercise ids done (the rest start unticked). */
export function renderOutcomeForm(done) {
  const section = $('#outcome');
  const form = $('#outcome-form');
  const saved = $('#outcome-saved');
  const routine = state.routine;
  state.outcomeKey = null;
  state.outcomeBody = null;
  saved.hidden = true;
  saved.replaceChildren();
  form.replaceChildren();

  const show = Boolean(state.token && state.personal && routine && routine.status === 'ok' && routine.routineId);
  section.hidden = !show;
  form.hidden = !show;
  $('#tracking-nudge').hidden = show || !routine || routine.status !== 'ok' || Boolean(state.token);
  if (!show) return;

  const did = el('fieldset', { class: 'outcome-block' },
    el('legend', { text: 'What did you do?' }),
    el('p', { class: 'hint', text: 'Untick anything you skipped. Rating a movement is optional.' }));
  for (const item of uniqueItems(routine)) {
    const id = item.exerciseId;
    const ratingId = `rating-${id}`;
    const name = item.name || humanize(id);
    did.append(el('div', { class: 'done-row' },
      el('label', { class: 'check', for: `completed-${id}` },
        el('input', { type: 'checkbox', id: `completed-${id}`, name: 'completed', value: id, checked: done ? done.has(id) : true, 'data-testid': `completed-${id}`, 'aria-describedby': 'error-completed' }),
        el('span', { text: name })),
      el('select', { id: ratingId, name: 'rating', 'data-exercise-id': id, 'data-testid': ratingId, 'aria-label': `How did ${name} feel?`, 'aria-describedby': `error-${ratingId}` },
        el('option', { value: '', text: 'How did it feel?' }),
        choices('ratings').map(([value, label]) => el('option', { value, text: label }))),
      errorEl(`error-${ratingId}`, `ratings.${id}`)));
  }
  did.append(errorEl('error-completed', 'completed'));
  form.append(did);

  const painPoints = state.assessment?.painPoints || [];
  if (painPoints.length) {
    const pain = el('fieldset', { class: 'outcome-block' },
      el('legend', { text: 'Pain, from 0 (none) to 10' }),
      el('p', { class: 'hint', text: '“Before” is what you told us; change it if it was different.' }));
    for (const point of painPoints) pain.append(pairRow(regionLabel(point.region), 'pain', point.region, 0, 10, point.severity));
    form.append(pain);
  }

  const scales = el('fieldset', { class: 'outcome-block' },
    el('legend', { text: 'Stiffness, energy and focus, from 1 to 10' }),
    el('p', { class: 'hint', text: 'Optional. Leave blank what you didn’t notice.' }));
  for (const [key, label] of SCALES) scales.append(pairRow(label, key, null, 1, 10, null));
  form.append(scales);

  const noticed = el('fieldset', { class: 'outcome-block' }, el('legend', { text: 'Did you notice…' }));
  for (const [value, label] of choices('outcomeConditions')) {
    const id = `outcome-condition-${value}`;
    noticed.append(el('label', { class: 'check', for: id },
      el('input', { type: 'checkbox', id, name: 'outcomeConditions', value, 'data-testid': id, 'aria-describedby': 'error-outcome-conditions' }),
      el('span', { text: label })));
  }
  noticed.append(errorEl('error-outcome-conditions', 'conditions'));
  form.append(noticed);

  form.append(el('div', { class: 'submit-row', id: 'outcome-submit-row' },
    el('button', { type: 'submit', class: 'btn btn-primary btn-large', id: 'log-outcome', 'data-testid': 'log-outcome', text: 'Log how it went' })));
}

/** A "before / after" pair of number inputs: pain-before-<region>, or stiffness-before, etc. */
function pairRow(label, key, region, min, max, before) {
  const row = el('div', { class: 'pair-row' }, el('span', { class: 'pair-label', id: `pair-${key}${region ? `-${region}` : ''}`, text: label }));
  const inputs = el('div', { class: 'pair-inputs' });
  for (const when of ['before', 'after']) {
    const id = region ? `${key}-${when}-${region}` : `${key}-${when}`;
    const field = `${key}${when === 'before' ? 'Before' : 'After'}${region ? `.${region}` : ''}`;
    const input = el('input', {
      type: 'number', id, 'data-testid': id, min, max, step: 1, inputmode: 'numeric',
      'data-field': field, 'aria-describedby': `error-${id}`, 'aria-label': `${label} ${when}, ${min} to ${max}`, placeholder: `${min}–${max}`,
    });
    if (before != null && when === 'before') input.value = String(before);
    inputs.append(el('div', { class: 'pair-field' },
      el('label', { for: id, class: 'pair-when', text: when === 'before' ? 'Before' : 'After' }), input, errorEl(`error-${id}`, field)));
  }
  row.append(inputs);
  return row;
}

function readOutcome(form) {
  const outcome = { completed: [], painBefore: {}, painAfter: {}, ratings: {}, conditions: [] };
  let ok = true;
  for (const input of $$('input[name="completed"]', form)) if (input.checked) outcome.completed.push(input.value);
  for (const input of $$('input[type="number"]', form)) {
    const raw = input.value.trim();
    if (input.validity.badInput) {
      showFieldError($(`#error-${input.id}`, form), ['Enter a whole number']);
      ok = false;
      continue;
    }
    if (raw === '') continue;
    const field = input.dataset.field;
    const dot = field.indexOf('.');
    if (dot > 0) outcome[field.slice(0, dot)][field.slice(dot + 1)] = Number(raw);
    else outcome[field] = Number(raw);
  }
  for (const select of $$('select[name="rating"]', form)) if (select.value) outcome.ratings[select.dataset.exerciseId] = select.value;
  for (const input of $$('input[name="outcomeConditions"]', form)) if (input.checked) outcome.conditions.push(input.value);
  return ok ? outcome : null;
}

function locateOutcomeError(path) {
  const form = $('#outcome-form');
  const find = (testid) => form.querySelector(`[data-testid="${CSS.escape(testid)}"]`);
  let m = path.match(/^pain(Before|After)\.(.+)$/) || path.match(/^pain(Before|After)\['?([^'\]]+)'?\]$/);
  if (m) return find(`error-pain-${m[1].toLowerCase()}-${m[2]}`);
  m = path.match(/^(stiffness|energy|focus)(Before|After)$/);
  if (m) return find(`error-${m[1]}-${m[2].toLowerCase()}`);
  if (/^completed(\[|$)/.test(path)) return find('error-completed');
  m = path.match(/^ratings\.(.+)$/) || path.match(/^ratings\['?([^'\]]+)'?\]$/);
  if (m) return find(`error-rating-${m[1]}`);
  if (/^conditions(\[|$)/.test(path)) return find('error-outcome-conditions');
  return null;
}

/** Posts an outcome once: a retry of the same body reuses its Idempotency-Key; transient failures are retried. */
export async function postOutcome(routineId, body, key) {
  const path = `/api/routines/${encodeURIComponent(routineId)}/outcomes`;
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await api('POST', path, { body, headers: { 'Idempotency-Key': key } });
    } catch (error) {
      const transient = error instanceof ApiError && [0, 502, 503, 504].includes(error.status);
      if (!transient || attempt >= 2) throw error;
      await sleep(600 * (attempt + 1));
    }
  }
}

async function onLogOutcome(event) {
  event.preventDefault();
  const form = $('#outcome-form');
  const button = $('#log-outcome');
  if (!button || button.disabled || !state.routine) return;
  clearFieldErrors(form);
  clearGeneral();
  const outcome = readOutcome(form);
  if (!outcome) {
    $('[aria-invalid="true"]', form)?.focus();
    return;
  }
  const body = JSON.stringify(outcome);
  if (!state.outcomeKey || state.outcomeBody !== body) {
    state.outcomeKey = uuid();
    state.outcomeBody = body;
  }
  setBusy(button, true, 'Saving…');
  try {
    await postOutcome(state.routine.routineId, body, state.outcomeKey);
    form.hidden = true;
    const saved = $('#outcome-saved');
    saved.replaceChildren(
      el('p', { class: 'saved-title', text: 'Logged. Thank you.' }),
      el('p', { text: 'Your next routine will take how this one went into account.' }));
    saved.hidden = false;
    saved.focus({ preventScroll: true });
    hooks.logged(state.routine, outcome);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    if (error.status === 401) {
      hooks.forgetToken();
      showGeneral('Your tracking key was no longer accepted, so this device has stopped tracking and the outcome was not saved.', form);
      generalBox().focus({ preventScroll: true });
    } else {
      showProblem(error, locateOutcomeError, form);
    }
  } finally {
    setBusy(button, false);
  }
}
