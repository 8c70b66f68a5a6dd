// The routine on screen: its phases, each movement with its dose, instructions and reasons.

import { $, el } from './dom.js';
import { clock, duration, humanize, sentence, dose } from './format.js';
import { exerciseName, state } from './state.js';
import { momentLabel, phaseWords } from './vocabulary.js';
import { makeTimer, stopAllTimers } from './hold-timer.js';

/**
 * Shows `routine` (null clears it). `actions` are buttons the other parts of the page add to the
 * routine's head (the guided session, the calendar, reminders, print).
 */
export function renderRoutine(routine, actions = []) {
  stopAllTimers();
  const section = $('#routine');
  section.replaceChildren();
  section.hidden = !routine;
  document.body.classList.toggle('has-routine', Boolean(routine));
  if (!routine) return;
  section.classList.toggle('is-refer', routine.status === 'refer');

  if (routine.status === 'refer') {
    section.append(el('div', { class: 'refer', 'data-testid': 'routine-refer', role: 'alert' },
      el('h2', { id: 'routine-title', text: 'A routine isn’t right for today' }),
      el('p', { class: 'refer-message', 'data-testid': 'routine-message', text: routine.message || 'Please consult a health professional before doing these movements.' }),
      el('p', { class: 'refer-next', text: 'Once a health professional has checked you over, come back and fill in the check-in again.' })));
    return;
  }

  const phases = (routine.phases || []).filter((p) => (p.items || []).length);
  const itemCount = phases.reduce((n, p) => n + p.items.length, 0);
  section.append(el('header', { class: 'routine-head' },
    el('h2', { id: 'routine-title', class: 'card-title', text: 'Your routine' }),
    el('p', { class: 'routine-meta' },
      el('span', { text: `About ${duration(routine.totalSeconds)}` }),
      el('span', { text: `${phases.length} ${phases.length === 1 ? 'part' : 'parts'}` }),
      el('span', { text: `${itemCount} ${itemCount === 1 ? 'movement' : 'movements'}` })),
    actions.length ? el('div', { class: 'btn-row routine-actions no-print' }, actions) : null));
  if (routine.message) section.append(el('p', { class: 'routine-message', 'data-testid': 'routine-message', text: routine.message }));

  const phaseList = el('ol', { class: 'phases' });
  let number = 0;
  phases.forEach((phase, index) => {
    const [title, blurb] = phaseWords(phase.phase);
    const items = el('ol', { class: 'items' });
    for (const item of phase.items) items.append(renderItem(item, ++number));
    // Phases fold away so a long routine stays a page, not a scroll; all start open.
    phaseList.append(el('li', { class: 'phase', 'data-phase': phase.phase },
      el('details', { class: 'phase-fold', open: true },
        el('summary', { class: 'phase-head' },
          el('span', { class: 'phase-number', 'aria-hidden': 'true', text: String(index + 1) }),
          el('span', { class: 'phase-words' },
            el('h3', { class: 'phase-title', text: title }),
            blurb ? el('span', { class: 'phase-blurb', text: blurb }) : null)),
        items)));
  });
  section.append(phaseList);

  if (Array.isArray(routine.reminders) && routine.reminders.length) {
    section.append(el('div', { class: 'extra' },
      el('h3', { text: 'Along the way' }),
      el('ul', { class: 'plain-list' }, routine.reminders.map((r) => el('li', { text: r })))));
  }

  if ((Array.isArray(routine.schedule) && routine.schedule.length) || routine.intervalMinutes) {
    const block = el('div', { class: 'extra schedule', 'data-testid': 'routine-schedule' },
      el('h3', { text: 'Through your workday' }));
    if (routine.intervalMinutes) {
      block.append(el('p', { class: 'interval', 'data-testid': 'routine-interval' },
        'Take a micro-break every ', el('strong', { text: `${routine.intervalMinutes} minutes` }), '.'));
    }
    if (Array.isArray(routine.schedule) && routine.schedule.length) {
      block.append(el('ul', { class: 'slots' }, routine.schedule.map((slot) => el('li', {},
        el('span', { class: 'slot-when', text: momentLabel(slot.when) }),
        el('span', { class: 'slot-what' }, ...slotWhat(slot, routine))))));
    }
    section.append(block);
  }

  if (Array.isArray(routine.omitted) && routine.omitted.length) {
    section.append(el('details', { class: 'extra omitted', 'data-testid': 'routine-omitted' },
      el('summary', { text: `Left out this time (${routine.omitted.length})` }),
      el('ul', { class: 'plain-list' }, routine.omitted.map((o) => el('li', {},
        el('strong', { text: exerciseName(o.exerciseId, routine) }), ': ', sentence(o.reason),
        (o.guidelines || []).length ? el('span', { class: 'gl-list' }, o.guidelines.map((g) => el('span', { class: 'gl', text: g }))) : null)))));
  }
}

// Every scheduled movement shows its dose and range, in the routine or not (G2, G24).
function slotWhat(slot, routine) {
  const movements = Array.isArray(slot.movements) && slot.movements.length
    ? slot.movements
    : (slot.exerciseIds || []).map((exerciseId) => ({ exerciseId }));
  if (!movements.length) return ['–'];
  return movements.map((m, i) => {
    const range = RANGES[m.range];
    const parts = [i > 0 ? ', ' : '', exerciseName(m.exerciseId, routine), m.sets ? ` (${dose(m)}) ` : ''];
    if (range) parts.push(el('span', { class: `badge ${range.badge}`, title: range.title, text: range.text }));
    return el('span', { class: 'slot-movement', 'data-testid': 'slot-movement' }, ...parts);
  });
}

// The contract's ranges (G2, G3, G4): how the badge names each.
const RANGES = {
  micro: { badge: 'badge-micro', text: 'Micro range', title: 'Small, gentle movements well inside your pain-free range' },
  small: { badge: 'badge-small', text: 'Small range', title: 'Your range is growing back: a small part of your full range, just as slowly' },
  full: { badge: 'badge-full', text: 'Full range', title: 'Move through your full comfortable range' },
};

function renderItem(item, number) {
  const hold = Number(item.holdSeconds) || 0;
  const timerSeconds = hold > 0 ? hold : Number(item.seconds) || 0;
  const instructions = item.instructions || state.catalog.get(item.exerciseId)?.instructions;
  const range = RANGES[item.range] || RANGES.full;

  const countdown = el('output', {
    class: 'countdown', 'data-testid': 'hold-countdown', 'aria-live': 'polite', 'aria-atomic': 'true',
    'data-remaining': String(timerSeconds), text: clock(timerSeconds),
  });
  const startLabel = hold > 0 ? `Start ${hold} s hold` : `Start ${duration(timerSeconds)} timer`;
  const start = el('button', {
    type: 'button', class: 'btn btn-timer', 'data-testid': 'hold-start',
    'aria-label': `${startLabel} for ${item.name}`, text: startLabel,
  });
  const status = el('span', { class: 'timer-status', text: hold > 0 ? 'one hold' : 'whole movement' });
  const timer = makeTimer(timerSeconds, countdown, start, status, startLabel, item.name);
  start.addEventListener('click', () => (timer.running ? timer.stop(true) : timer.start()));

  const stats = [['Sets × reps', `${item.sets} × ${item.reps}`], ['Hold', hold > 0 ? `${hold} s` : 'none'], ['Time', duration(item.seconds)]];

  return el('li', { class: 'item', 'data-testid': 'routine-item', 'data-exercise-id': item.exerciseId, 'aria-label': `${number}. ${item.name}, ${dose(item)}` },
    el('div', { class: 'item-head' },
      el('div', { class: 'item-title' },
        el('span', { class: 'item-number', 'aria-hidden': 'true', text: String(number) }),
        el('h4', { class: 'item-name', lang: 'en', text: item.name || humanize(item.exerciseId) })),
      el('span', { class: 'badges' },
        el('span', { class: `badge ${range.badge}`, title: range.title, text: range.text }),
        item.bothSides ? el('span', { class: 'badge', text: 'Both sides' }) : null)),
    el('dl', { class: 'dose' }, stats.map(([k, v]) => el('div', {}, el('dt', { text: k }), el('dd', { text: v })))),
    instructions ? el('p', { class: 'instructions', text: instructions }) : null,
    (item.cues || []).length ? el('ul', { class: 'cues' }, item.cues.map((c) => el('li', { text: c }))) : null,
    el('div', { class: 'timer no-print' }, start, el('div', { class: 'timer-read' }, countdown, status)),
    renderBecause(item.because));
}

function renderBecause(because) {
  const reasons = Array.isArray(because) ? because : [];
  if (!reasons.length) return null;
  return el('div', { class: 'why' },
    el('p', { class: 'why-label', text: 'Why it’s here' }),
    el('ul', { class: 'why-list' }, reasons.map((r) => el('li', { class: 'reason' },
      el('span', { text: r.rule }),
      (r.guidelines || []).map((g) => [' ', el('span', { class: 'gl', title: `Guideline ${g}`, text: g })]),
      // A personalized place says in plain words what in the person's history put it there.
      r.detail ? el('span', { class: 'reason-detail', 'data-testid': 'reason-detail', text: ` — ${r.detail}` }) : null))));
}
