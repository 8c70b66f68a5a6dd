// The guided session: one movement at a time, large, with its counts and timers, sounds and "next".

import { $, el } from './dom.js';
import { clock, dose } from './format.js';
import { state } from './state.js';
import { chime, keepAwake, letSleep } from './cues.js';
import { nextWords, stepsOf, stepWords } from './session-steps.js';

let session = null;

/**
 * Starts a session over `items` in the player dialog. `title` names it ("Your routine", "Micro-break");
 * `finished(doneIds)` runs at the end with the exercise ids reached, `stopped(doneIds)` when the person stops early.
 */
export function play(items, { title, finished = () => {}, stopped = () => {} }) {
  if (session) stop(false);
  const steps = stepsOf(items);
  if (!steps.length) return;
  const dialog = $('#player');
  session = { steps, i: 0, endAt: 0, left: 0, paused: false, handle: 0, done: new Set(), finished, stopped, title };
  $('#player-title').textContent = title;
  if (!dialog.open) dialog.showModal();
  keepAwake().then((on) => { $('#player-awake').hidden = !on; });
  begin(0);
  session.handle = setInterval(tick, 200);
  $('#player-pause').focus();
}

export const playing = () => Boolean(session);

export function wirePlayer() {
  $('#player-pause').addEventListener('click', togglePause);
  $('#player-back').addEventListener('click', () => jumpMovement(-1));
  $('#player-skip').addEventListener('click', () => jumpMovement(1));
  $('#player-stop').addEventListener('click', () => stop(true));
  // Escape closes a modal dialog; that is the person stopping the session.
  $('#player').addEventListener('cancel', (event) => { event.preventDefault(); stop(true); });
}

function begin(i) {
  session.i = i;
  const step = session.steps[i];
  session.left = step.seconds;
  session.endAt = Date.now() + step.seconds * 1000;
  chime(step.kind === 'rest' || step.kind === 'release' || step.kind === 'switch' ? 'rest' : 'go');
  render();
}

function tick() {
  if (!session || session.paused) return;
  const left = Math.max(0, (session.endAt - Date.now()) / 1000);
  session.left = left;
  if (left <= 0) {
    const step = session.steps[session.i];
    if (session.steps[session.i + 1]?.index !== step.index) session.done.add(step.item.exerciseId);
    if (session.i + 1 >= session.steps.length) finish();
    else begin(session.i + 1);
    return;
  }
  renderClock();
}

function togglePause() {
  if (!session) return;
  session.paused = !session.paused;
  if (session.paused) session.left = Math.max(0, (session.endAt - Date.now()) / 1000);
  else session.endAt = Date.now() + session.left * 1000;
  const button = $('#player-pause');
  button.textContent = session.paused ? 'Resume' : 'Pause';
  button.setAttribute('aria-pressed', String(session.paused));
  $('#player').classList.toggle('is-paused', session.paused);
  $('#player-phase').textContent = session.paused ? 'Paused' : stepWords(session.steps[session.i]);
}

/** Back to the start of this movement (or the one before when just begun), or on to the next. */
function jumpMovement(direction) {
  if (!session) return;
  const { steps, i } = session;
  const current = steps[i].index;
  let target;
  if (direction > 0) {
    session.done.add(steps[i].item.exerciseId); // skipping ahead still counts what was reached
    target = steps.findIndex((s) => s.index > current);
    if (target < 0) { finish(); return; }
  } else {
    const first = steps.findIndex((s) => s.index === current);
    const justBegun = i === first && session.left > steps[i].seconds - 2;
    target = justBegun && current > 0 ? steps.findIndex((s) => s.index === current - 1) : first;
  }
  if (session.paused) togglePause();
  begin(target);
}

function render() {
  const step = session.steps[session.i];
  const { item } = step;
  const movements = session.steps[session.steps.length - 1].index + 1;
  $('#player-progress').textContent = `Movement ${step.index + 1} of ${movements}`;
  $('#player-name').textContent = item.name;
  $('#player-dose').textContent = dose(item);
  $('#player-instruction').textContent = item.instructions || state.catalog.get(item.exerciseId)?.instructions || '';
  $('#player-set').textContent = `Set ${step.set} of ${step.sets}`;
  $('#player-side').textContent = step.side ? `${step.side === 'left' ? 'Left' : 'Right'} side` : '';
  $('#player-side').hidden = !step.side;
  $('#player-phase').textContent = stepWords(step);
  $('#player').dataset.kind = step.kind;
  $('#player-next').textContent = nextWords(session.steps, session.i);
  $('#player-back').disabled = step.index === 0 && session.i === 0;
  renderClock();
}

function renderClock() {
  const step = session.steps[session.i];
  const countdown = $('#player-countdown');
  const whole = String(Math.ceil(session.left));
  if (countdown.dataset.remaining !== whole) {
    countdown.dataset.remaining = whole;
    countdown.textContent = clock(session.left);
  }
  // Reps without a hold are paced through the step: the counter moves on as time passes.
  const rep = step.kind === 'move'
    ? Math.min(step.reps, Math.floor(((step.seconds - session.left) / step.seconds) * step.reps) + 1)
    : step.rep;
  $('#player-rep').textContent = `Rep ${rep} of ${step.reps}`;
}

function finish() {
  const { finished, done } = session;
  close();
  chime('due');
  finished(done);
}

function stop(byPerson) {
  if (!session) return;
  const { stopped, done } = session;
  close();
  if (byPerson) stopped(done);
}

function close() {
  clearInterval(session.handle);
  session = null;
  letSleep();
  const dialog = $('#player');
  dialog.classList.remove('is-paused');
  $('#player-pause').textContent = 'Pause';
  $('#player-pause').setAttribute('aria-pressed', 'false');
  if (dialog.open) dialog.close();
}

/** The session's dialog, built once; its parts are filled as the session runs. */
export function playerDialog() {
  return el('dialog', { id: 'player', class: 'player', 'data-testid': 'player', 'aria-labelledby': 'player-title player-name' },
    el('div', { class: 'player-inner' },
      el('p', { class: 'player-top' }, el('span', { id: 'player-title' }), ' · ', el('span', { id: 'player-progress', 'data-testid': 'player-progress' })),
      el('h2', { id: 'player-name', class: 'player-name', 'data-testid': 'player-name' }),
      el('p', { id: 'player-dose', class: 'player-dose' }),
      el('p', { id: 'player-instruction', class: 'player-instruction', 'data-testid': 'player-instruction' }),
      el('div', { class: 'player-counts', 'aria-live': 'polite' },
        el('span', { id: 'player-set', 'data-testid': 'player-set' }),
        el('span', { id: 'player-rep', 'data-testid': 'player-rep' }),
        el('span', { id: 'player-side', 'data-testid': 'player-side', hidden: true })),
      el('p', { id: 'player-phase', class: 'player-phase', 'data-testid': 'player-phase', 'aria-live': 'assertive' }),
      el('output', { id: 'player-countdown', class: 'player-countdown', 'data-testid': 'player-countdown', 'aria-live': 'off' }),
      el('p', { id: 'player-next', class: 'player-next', 'data-testid': 'player-next' }),
      el('div', { class: 'player-controls' },
        el('button', { type: 'button', class: 'btn btn-secondary', id: 'player-back', 'data-testid': 'player-back', text: 'Back' }),
        el('button', { type: 'button', class: 'btn btn-primary', id: 'player-pause', 'data-testid': 'player-pause', 'aria-pressed': 'false', text: 'Pause' }),
        el('button', { type: 'button', class: 'btn btn-secondary', id: 'player-skip', 'data-testid': 'player-skip', text: 'Next movement' }),
        el('button', { type: 'button', class: 'btn btn-quiet-danger', id: 'player-stop', 'data-testid': 'player-stop', text: 'Stop' })),
      el('p', { id: 'player-awake', class: 'hint', hidden: true, text: 'The screen stays on while the session runs.' })));
}
