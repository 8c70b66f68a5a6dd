// The check-in form: the questions, reading them into an assessment, and asking for a routine.

import { $, $$, el, errorEl, smooth } from './dom.js';
import { severityWord } from './format.js';
import { choices, vocabulary } from './vocabulary.js';
import { state } from './state.js';
import { api, ApiError } from './api.js';
import { clearFieldErrors, clearGeneral, generalBox, setBusy, showFieldError, showGeneral, showProblem } from './errors.js';

const hooks = { shown: () => {}, forgetToken: () => {} };

/** Builds the questions; `shown(routine)` runs once a routine arrives, `forgetToken()` when the key was refused. */
export function buildForm({ shown, forgetToken }) {
  Object.assign(hooks, { shown, forgetToken });
  const flags = $('#redflags');
  for (const [id, question] of choices('redFlags')) {
    const inputId = `redflag-${id}`;
    flags.append(el('label', { class: 'question', for: inputId },
      el('span', { class: 'question-text', text: question }),
      el('span', { class: 'yes' },
        el('input', { type: 'checkbox', id: inputId, name: 'redFlags', value: id, 'data-testid': inputId, 'aria-describedby': 'error-redflags' }),
        el('span', { text: 'Yes' }))));
  }
  flags.after(el('p', { class: 'gentle-note', id: 'redflag-note', role: 'status', hidden: true,
    text: "Thank you for telling us. We'll suggest pausing today and checking in with a health professional first." }));
  flags.addEventListener('change', () => {
    $('#redflag-note').hidden = !$$('input', flags).some((i) => i.checked);
  });

  const regions = $('#regions');
  for (const [region, label] of choices('regions')) regions.append(regionRow(region, label));

  chips('#inactive', 'inactive', 'inactiveMuscles', 'error-inactive', choices('muscles'));
  chips('#tight', 'tight', 'tightMuscles', 'error-tight', choices('muscles'));
  chips('#weak', 'weak', 'weakMuscles', 'error-weak', choices('muscles'));
  chips('#equipment', 'equipment', 'equipment', 'error-equipment', choices('equipment'));

  const setting = $('#setting');
  for (const [value, label] of choices('settings')) setting.append(el('option', { value, text: label }));
  setting.value = 'home';
  const day = $('#day');
  for (const [value, label] of choices('days')) day.append(el('option', { value, text: label }));
  day.value = 'workday';

  const conditions = $('#conditions');
  for (const [value, label] of choices('conditions')) {
    const id = `condition-${value}`;
    conditions.append(el('label', { class: 'check', for: id },
      el('input', { type: 'checkbox', id, name: 'conditions', value, 'data-testid': id, 'aria-describedby': 'error-conditions' }),
      el('span', { text: label })));
  }

  $('#assessment-form').addEventListener('submit', onGetRoutine);
}

function chips(container, prefix, name, errorId, items) {
  const box = $(container);
  for (const [value, label, hint] of items) {
    const id = `${prefix}-${value}`;
    box.append(el('label', { class: 'chip', for: id },
      el('input', { type: 'checkbox', id, name, value, 'data-testid': id, 'aria-describedby': errorId }),
      el('span', {}, label, hint ? el('span', { class: 'chip-hint', text: ` (${hint})` }) : null)));
  }
}

function regionRow(region, label) {
  const hurtsId = `region-${region}`;
  const severityId = `severity-${region}`;
  const fullId = `fullrange-${region}`;
  const errorId = `error-severity-${region}`;
  const hurts = el('input', { type: 'checkbox', id: hurtsId, 'data-testid': hurtsId, 'aria-describedby': errorId });
  const severity = el('input', {
    type: 'range', id: severityId, 'data-testid': severityId, min: 0, max: 10, step: 1, value: '0',
    'aria-describedby': errorId, 'aria-valuetext': '0 out of 10, none',
  });
  const full = el('input', { type: 'checkbox', id: fullId, 'data-testid': fullId, 'aria-describedby': errorId });
  const readout = el('span', { class: 'readout', 'aria-hidden': 'true' });
  const row = el('div', { class: 'region', 'data-region': region, role: 'group', 'aria-label': label },
    el('div', { class: 'region-head' },
      el('label', { class: 'check region-hurts', for: hurtsId },
        hurts, el('span', { class: 'region-label' },
          el('span', { class: 'region-name', text: label }), ' ', el('span', { class: 'region-suffix', text: 'it hurts' }))),
      readout),
    el('div', { class: 'region-slider' },
      el('label', { class: 'visually-hidden', for: severityId, text: `${label}: how much it hurts, 0 to 10` }),
      el('span', { class: 'scale-end', 'aria-hidden': 'true', text: '0' }),
      severity,
      el('span', { class: 'scale-end', 'aria-hidden': 'true', text: '10' })),
    el('label', { class: 'check small', for: fullId }, full,
      el('span', {}, 'Moving it all the way hurts', el('span', { class: 'visually-hidden', text: ` (${label.toLowerCase()})` }))),
    errorEl(errorId, 'painPoints[].*'));

  const refresh = () => {
    const value = Number(severity.value);
    const counts = hurts.checked || value > 0;
    row.classList.toggle('is-hurting', counts);
    readout.textContent = counts ? `${value}/10 · ${severityWord(value)}` : 'no pain';
    readout.classList.toggle('needs-rating', counts && value === 0);
    severity.setAttribute('aria-valuetext', `${value} out of 10, ${severityWord(value)}`);
  };
  severity.addEventListener('input', () => {
    if (Number(severity.value) > 0) hurts.checked = true;
    refresh();
  });
  severity.addEventListener('change', refresh);
  hurts.addEventListener('change', () => {
    if (!hurts.checked) {
      severity.value = '0';
      full.checked = false;
    }
    refresh();
  });
  full.addEventListener('change', () => {
    if (full.checked) hurts.checked = true;
    refresh();
  });
  refresh();
  return row;
}

const checkedValues = (selector) => $$(selector).filter((i) => i.checked).map((i) => i.value);

/** Reads the form into the contract's assessment; null (with messages shown) when it can't be sent. */
export function readAssessment() {
  const painPoints = [];
  const painIndex = [];
  for (const region of vocabulary.regions || []) {
    const hurts = $(`#region-${region}`).checked;
    const severity = Number($(`#severity-${region}`).value);
    if (hurts || severity > 0) {
      painPoints.push({ region, severity, fullRangePainful: $(`#fullrange-${region}`).checked });
      painIndex.push(region);
    }
  }

  const minutesInput = $('#minutes');
  const raw = minutesInput.value.trim();
  if (raw === '' || minutesInput.validity.badInput) {
    showFieldError($('#error-minutes'), ['Enter how many minutes you have, from 1 to 120']);
    minutesInput.focus();
    return null;
  }

  return {
    painIndex,
    assessment: {
      painPoints,
      inactiveMuscles: checkedValues('#inactive input'),
      tightMuscles: checkedValues('#tight input'),
      weakMuscles: checkedValues('#weak input'),
      conditions: checkedValues('#conditions input'),
      redFlags: checkedValues('#redflags input'),
      setting: $('#setting').value,
      day: $('#day').value,
      minutes: Number(raw),
      equipment: checkedValues('#equipment input'),
    },
  };
}

const FIELD_ERRORS = {
  painPoints: '#error-regions', redFlags: '#error-redflags', inactiveMuscles: '#error-inactive', tightMuscles: '#error-tight',
  weakMuscles: '#error-weak', setting: '#error-setting', day: '#error-day', minutes: '#error-minutes',
  equipment: '#error-equipment', conditions: '#error-conditions',
};

export function locateAssessmentError(path) {
  const top = path.match(/^([A-Za-z]+)/)?.[1];
  const point = path.match(/^painPoints\[(\d+)\]/);
  if (point) {
    const region = state.painIndex[Number(point[1])];
    return region ? $(`#error-severity-${region}`) : $('#error-regions');
  }
  if (top === 'weakMuscles') $('#weak-details').open = true;
  return FIELD_ERRORS[top] ? $(FIELD_ERRORS[top]) : null;
}

async function onGetRoutine(event) {
  event.preventDefault();
  const button = $('#get-routine');
  if (button.disabled) return;
  clearFieldErrors($('#assessment-form'));
  clearGeneral();
  const read = readAssessment();
  if (!read) return;

  setBusy(button, true, 'Putting your routine together…');
  const sentWithToken = Boolean(state.token);
  try {
    state.painIndex = read.painIndex;
    const response = await api('POST', '/api/routines', { body: read.assessment });
    const routine = await response.json();
    state.assessment = read.assessment;
    state.routine = routine;
    // With a token the routine is stored (201); a refused token would have answered 401.
    state.personal = sentWithToken && response.ok;
    hooks.shown(routine);
    const section = $('#routine');
    section.scrollIntoView({ block: 'start', behavior: smooth() });
    section.focus({ preventScroll: true });
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    // A failed request must not leave the previous routine on screen as if it answered this one.
    state.routine = null;
    hooks.shown(null);
    if (error.status === 401 && sentWithToken) {
      hooks.forgetToken();
      showGeneral('Your saved tracking key was no longer accepted, so this device has stopped tracking. ' +
        'Press “Get my routine” again for a routine without tracking, or start tracking again.', $('#submit-row'));
      generalBox().focus({ preventScroll: true });
    } else {
      showProblem(error, locateAssessmentError, $('#submit-row'));
    }
  } finally {
    setBusy(button, false);
  }
}
