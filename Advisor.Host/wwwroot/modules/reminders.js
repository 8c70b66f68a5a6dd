// Break reminders for a desk workday (G21, G24): the next break and its movements, a cue when it
// is due, snooze, skip, pause and working hours. Everything lives in localStorage, so a reload
// recomputes the next break from the saved plan. Time is read from Date.now() on every tick.

import { $, $$ } from './dom.js';
import { duration, formatTime, uuid } from './format.js';
import { loadJson, saveJson, state } from './state.js';
import { momentLabel } from './vocabulary.js';
import { chime } from './cues.js';
import { minutesOf, slotsOf, timeOf, whenSlotsArrive } from './workday.js';
import { describeFailure } from './api.js';
import { play } from './player.js';
import { postOutcome } from './outcome.js';
import { downloadCalendar } from './calendar.js';

const KEY = 'routineAdvisor.reminders';
/** G21: breaks every 20 minutes, every 15 once fatigue shows early. */
const FATIGUE_INTERVAL = 15;
const SNOOZE_MINUTES = 5;
/** A break missed by longer than this is let go rather than announced late. */
const STALE_MINUTES = 30;

const hooks = { logged: () => {} };
let settings = loadJson(KEY, null) || { on: false, paused: false, start: '09:00', end: '17:00', meeting: '', days: [1, 2, 3, 4, 5] };
let dueSlot = null;

const save = () => saveJson(KEY, settings);
const dayStart = (ms) => { const d = new Date(ms); d.setHours(0, 0, 0, 0); return d.getTime(); };

/** The plan reminders follow: the routine's schedule and the doses of its movements. */
export function planFrom(routine, assessment, personal) {
  if (!routine || routine.status !== 'ok' || !routine.intervalMinutes || !(routine.schedule || []).length) return null;
  const items = {};
  for (const phase of routine.phases || []) for (const item of phase.items || []) items[item.exerciseId] ||= item;
  for (const slot of routine.schedule) {
    for (const id of slot.exerciseIds) {
      // A slot may name a movement the routine's minutes left out: the catalog's name stands in.
      items[id] ||= { exerciseId: id, name: state.catalog.get(id)?.name || id, sets: 1, reps: 8, holdSeconds: 0, seconds: 30, bothSides: false, instructions: state.catalog.get(id)?.instructions };
    }
  }
  return { routineId: routine.routineId, personal, assessment, intervalMinutes: routine.intervalMinutes, schedule: routine.schedule, items };
}

/** Offers reminders for a routine with a workday schedule; keeps the saved plan otherwise. */
export function offer(routine) {
  const plan = planFrom(routine, state.assessment, state.personal);
  if (plan) {
    const changed = settings.plan?.routineId !== plan.routineId;
    settings.plan = plan;
    if (changed) { settings.interval = plan.intervalMinutes; settings.anchorAt = null; }
    save();
  }
  render();
}

export function wireReminders({ logged }) {
  Object.assign(hooks, { logged });
  $('#reminders-toggle').addEventListener('click', () => {
    settings.on = !settings.on;
    settings.paused = false;
    // Breaks already past today are not announced when reminders start.
    settings.handledUntil = Date.now();
    save();
    if (settings.on && 'Notification' in window && Notification.permission === 'default') Notification.requestPermission().catch(() => {});
    render();
  });
  $('#reminders-pause').addEventListener('click', () => { settings.paused = !settings.paused; settings.handledUntil = Date.now(); save(); render(); });
  $('#reminders-calendar').addEventListener('click', () => downloadCalendar(settings.plan, hoursQuery()));
  for (const input of $$('#reminders-hours input')) input.addEventListener('change', readHours);
  $('#due-start').addEventListener('click', startBreak);
  $('#due-snooze').addEventListener('click', () => { settings.snoozedUntil = Date.now() + SNOOZE_MINUTES * 60000; settings.snoozed = dueSlot; clearDue(); save(); render(); });
  $('#due-skip').addEventListener('click', () => handle([], 'skipped'));
  whenSlotsArrive(showSlotsProblem);
  render();
  setInterval(tick, 1000);
}

function readHours() {
  const start = $('#rem-start').value;
  const end = $('#rem-end').value;
  const error = $('#error-rem-hours');
  if (minutesOf(start) == null || minutesOf(end) == null || minutesOf(end) <= minutesOf(start)) {
    error.textContent = 'The workday must end after it starts; use times such as 09:00 and 17:00.';
    error.hidden = false;
    error.dataset.local = 'true';
    return;
  }
  error.hidden = true;
  delete error.dataset.local;
  Object.assign(settings, { start, end, meeting: $('#rem-meeting').value, days: $$('#rem-days input').filter((i) => i.checked).map((i) => Number(i.value)) });
  save();
  render();
}

function hoursQuery() {
  const days = ['su', 'mo', 'tu', 'we', 'th', 'fr', 'sa'];
  const q = new URLSearchParams({ start: settings.start, end: settings.end, tz: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC', days: settings.days.map((d) => days[d]).join(',') });
  if (settings.meeting) q.set('meeting', settings.meeting);
  return q;
}

/** The host's answer for the hours was a refusal (a meeting outside them): said beside the hours. */
function showSlotsProblem(problem) {
  const error = $('#error-rem-hours');
  if (problem) {
    const fields = Object.values(problem.problem?.errors || {}).flat();
    error.textContent = fields.length ? fields.join(' ') : describeFailure(problem);
    error.hidden = false;
  } else if (!error.dataset.local) {
    error.hidden = true;
  }
  renderNext();
}

/**
 * Today's (or a later working day's) slots as times, from `now`: [{ ms, when, ids }]; null while
 * the host has not yet said where they fall.
 */
function slotsFrom(now) {
  const plan = settings.plan;
  if (!plan || !settings.days.length) return [];
  const hours = { start: settings.start, end: settings.end, meeting: settings.meeting };
  const out = [];
  // Today and the next working day, so the next break is known after today's last.
  for (let d = 0, days = 0; d < 8 && days < 2; d += 1) {
    const base = dayStart(now) + d * 86400000;
    if (!settings.days.includes(new Date(base).getDay())) continue;
    days += 1;
    const from = settings.anchorAt && dayStart(settings.anchorAt) === base ? timeOf(Math.round((settings.anchorAt - base) / 60000)) : null;
    const slots = slotsOf(hours, settings.interval || plan.intervalMinutes, from);
    if (!slots) return null;
    for (const slot of slots) {
      const ids = plan.schedule.find((s) => s.when === slot.when)?.exerciseIds || [];
      if (ids.length) out.push({ ms: base + slot.at * 60000, when: slot.when, ids });
    }
  }
  return out;
}

function tick() {
  if (!settings.on || settings.paused || !settings.plan || dueSlot) return;
  const now = Date.now();
  const slots = slotsFrom(now);
  if (!slots) return;
  if (settings.snoozedUntil && now >= settings.snoozedUntil) {
    const slot = settings.snoozed;
    settings.snoozedUntil = null;
    settings.snoozed = null;
    save();
    if (slot) { announce(slot); return; }
  }
  if (settings.snoozedUntil) { renderNext(); return; }
  const due = slots.filter((s) => s.ms <= now && s.ms > (settings.handledUntil || 0)).pop();
  if (due && now - due.ms < STALE_MINUTES * 60000) announce(due);
  else if (due) { settings.handledUntil = due.ms; save(); }
  renderNext();
}

function itemsOf(ids) { return ids.map((id) => settings.plan.items[id]).filter(Boolean); }
const wordsOf = (slot) => itemsOf(slot.ids).map((i) => i.name).join(' + ');
const secondsOf = (slot) => itemsOf(slot.ids).reduce((n, i) => n + (Number(i.seconds) || 0), 0);

function announce(slot) {
  dueSlot = slot;
  const words = `${momentLabel(slot.when)}: ${wordsOf(slot)} (about ${duration(secondsOf(slot))})`;
  $('#due-what').textContent = words;
  $('#reminder-due').hidden = false;
  $('#reminder-due').dataset.slot = String(slot.ms);
  document.title = `Break due · ${document.title.replace(/^Break due · /, '')}`;
  chime('due');
  // A system notification where the person allowed it; the visible and audible cue always.
  if ('Notification' in window && Notification.permission === 'granted') {
    try { new Notification('Time for a micro-break', { body: words, tag: 'routine-advisor-break' }); } catch { /* some browsers allow them only from a service worker */ }
  }
  renderNext();
}

function clearDue() {
  dueSlot = null;
  $('#reminder-due').hidden = true;
  document.title = document.title.replace(/^Break due · /, '');
}

function startBreak() {
  const slot = dueSlot;
  play(itemsOf(slot.ids), {
    title: 'Micro-break',
    finished: (done) => handle([...done], 'done'),
    stopped: (done) => handle([...done], 'done'),
  });
}

/** A break done or skipped: marked handled, and logged as an outcome for a tracked person (adherence). */
async function handle(completed, how) {
  const slot = dueSlot;
  if (!slot) return;
  const fatigue = $('#due-fatigue').checked;
  settings.handledUntil = slot.ms;
  settings.last = { ms: slot.ms, how };
  if (fatigue) {
    // G21: fatigue showing early shortens the interval, from the next break on.
    settings.interval = Math.min(settings.interval || settings.plan.intervalMinutes, FATIGUE_INTERVAL);
    settings.anchorAt = Date.now();
  }
  save();
  clearDue();
  $('#due-fatigue').checked = false;
  $('#reminders-status').textContent = how === 'done' ? 'Break done. Nicely.' : 'Break skipped.';
  render();
  const plan = settings.plan;
  if (plan.personal && state.token) {
    try {
      await postOutcome(plan.routineId, { completed, conditions: fatigue ? ['early-fatigue'] : [] }, uuid());
      hooks.logged();
    } catch { $('#reminders-status').textContent += ' It could not be logged just now.'; }
  }
}

function renderNext() {
  const next = $('#reminder-next');
  const now = Date.now();
  // Asked even while reminders are off, so the host checks hours as soon as they change.
  const slots = settings.plan ? slotsFrom(now) : [];
  if (!settings.on || !settings.plan) { next.textContent = ''; return; }
  if (settings.paused) { next.textContent = 'Reminders are paused.'; return; }
  if (settings.snoozedUntil) { next.textContent = `Snoozed until ${formatTime(settings.snoozedUntil)}.`; return; }
  if (!slots) { next.textContent = 'Working out when your breaks fall…'; return; }
  const slot = slots.find((s) => s.ms > now);
  next.dataset.at = slot ? String(slot.ms) : '';
  next.textContent = slot
    ? `Next ${slot.when === 'every-interval' ? 'micro-break' : momentLabel(slot.when).toLowerCase()} at ${formatTime(slot.ms)}${dayStart(slot.ms) !== dayStart(now) ? ` on ${new Date(slot.ms).toLocaleDateString(undefined, { weekday: 'long' })}` : ''}: ${wordsOf(slot)} (about ${duration(secondsOf(slot))})`
    : $('#error-rem-hours').hidden ? 'No breaks on the working days chosen.' : 'Correct the working hours to see the next break.';
}

function render() {
  const card = $('#reminders');
  card.hidden = !settings.plan;
  if (!settings.plan) return;
  $('#rem-start').value = settings.start;
  $('#rem-end').value = settings.end;
  $('#rem-meeting').value = settings.meeting || '';
  for (const input of $$('#rem-days input')) input.checked = settings.days.includes(Number(input.value));
  const toggle = $('#reminders-toggle');
  toggle.textContent = settings.on ? 'Stop break reminders' : 'Start break reminders';
  toggle.setAttribute('aria-pressed', String(settings.on));
  $('#reminders-pause').hidden = !settings.on;
  $('#reminders-pause').textContent = settings.paused ? 'Resume' : 'Pause';
  $('#reminders-interval').textContent = `Every ${settings.interval || settings.plan.intervalMinutes} minutes`;
  const notify = $('#reminders-notify');
  notify.textContent = !('Notification' in window) ? 'This browser has no notifications: a sound and this page will tell you.'
    : Notification.permission === 'granted' ? 'You will get a notification when a break is due.'
      : 'Notifications are off: a sound and this page will tell you when a break is due.';
  renderNext();
}

