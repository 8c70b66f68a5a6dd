// The person's progress: adherence, completion, pain and how they felt over time, and the history.

import { $, el } from './dom.js';
import { formatDateTime, percent } from './format.js';
import { state } from './state.js';
import { api, ApiError, describeFailure } from './api.js';
import { regionLabel, SCALES } from './vocabulary.js';
import { drawChart } from './progress-chart.js';

const REGION_COLORS = {
  neck: '#1d6fa5', shoulders: '#c2410c', 'upper-back': '#7048b8', 'lower-back': '#0f7b5f', hips: '#be185d',
  knees: '#8a6a00', ankles: '#0e7490', wrists: '#5b6b1f', hands: '#6b4f3a',
};
const SCALE_COLORS = { stiffness: '#9a3412', energy: '#15803d', focus: '#1d4ed8' };
const SCALE_LABEL = Object.fromEntries(SCALES);

const hooks = { keyRefused: () => {} };

export function wireProgress({ keyRefused }) {
  Object.assign(hooks, { keyRefused });
}

export async function loadProgress() {
  if (!state.token) return;
  const section = $('#progress');
  section.hidden = false;
  section.setAttribute('aria-busy', 'true');
  try {
    const response = await api('GET', '/api/me/progress');
    state.progress = await response.json();
    renderProgress();
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    if (error.status === 401) hooks.keyRefused();
    else $('#progress-body').replaceChildren(el('p', { class: 'muted', text: `Your progress couldn't be loaded. ${describeFailure(error)}` }));
  } finally {
    section.removeAttribute('aria-busy');
  }
}

/** Stiffness, energy and focus per entry, as series like the pain's. */
function scaleSeries(entries) {
  const series = {};
  for (const [key] of SCALES) {
    const points = entries.filter((e) => e[`${key}Before`] != null || e[`${key}After`] != null)
      .map((e) => ({ at: e.loggedAt, before: e[`${key}Before`], after: e[`${key}After`] }));
    if (points.length) series[key] = points;
  }
  return series;
}

export function renderProgress() {
  const progress = state.progress;
  if (!progress) return;
  const routines = Number(progress.routines) || 0;
  const outcomes = Number(progress.outcomes) || 0;
  const entries = Array.isArray(progress.entries) ? progress.entries : [];

  const stats = el('div', { class: 'stats' },
    el('div', { class: 'stat' },
      el('p', { class: 'stat-value', 'data-testid': 'adherence', 'data-value': String(progress.adherence ?? ''), text: routines ? percent(progress.adherence) : '–' }),
      el('p', { class: 'stat-label', text: `of your routines done (${progress.done ?? 0} started or logged)` })),
    el('div', { class: 'stat' },
      el('p', { class: 'stat-value', 'data-testid': 'completion', 'data-value': String(progress.completion ?? ''), text: outcomes ? percent(progress.completion) : '–' }),
      el('p', { class: 'stat-label', text: 'of movements done, on average' })));

  const painBox = el('figure', { class: 'chart' });
  const scaleBox = el('figure', { class: 'chart' });
  const children = [stats, el('h3', { class: 'sub-title', text: 'Pain after each routine' }), painBox,
    el('h3', { class: 'sub-title', text: 'Stiffness, energy and focus' }), scaleBox];

  if (entries.length) {
    const list = el('ol', { class: 'history-list', reversed: true },
      [...entries].reverse().slice(0, 30).map((entry) => {
        const facts = [];
        if (entry.planned != null) facts.push(`${entry.completed ?? 0} of ${entry.planned} done`);
        const pain = pairText(entry.painBefore, entry.painAfter);
        if (pain) facts.push(pain);
        for (const [key, label] of SCALES) {
          const text = change(entry[`${key}Before`], entry[`${key}After`]);
          if (text) facts.push(`${label} ${text}`);
        }
        return el('li', {},
          el('span', { class: 'history-when', text: formatDateTime(entry.loggedAt) }),
          el('span', { class: 'history-facts', text: facts.join(' · ') || 'Logged' }));
      }));
    const history = el('details', { class: 'history', open: state.historyOpen },
      el('summary', { text: `Session history (${entries.length})` }), list);
    history.addEventListener('toggle', () => { state.historyOpen = history.open; });
    children.push(history);
  } else {
    children.push(el('p', { class: 'muted', text: 'Log how a routine went and your pain, one line per region, will be drawn here.' }));
  }
  $('#progress-body').replaceChildren(...children);
  drawChart(painBox, progress.pain || {}, {
    testid: 'pain-chart', title: 'Pain after each routine, 0 to 10, by region', min: 0, max: 10,
    label: regionLabel, color: (r) => REGION_COLORS[r] || '#44515a', dataKey: 'region',
    note: 'Dots show pain after each routine; a thin stem reaches to where it was before.',
  });
  drawChart(scaleBox, scaleSeries(entries), {
    testid: 'scales-chart', title: 'Stiffness, energy and focus after each routine, 0 to 10', min: 0, max: 10,
    label: (k) => SCALE_LABEL[k], color: (k) => SCALE_COLORS[k], dataKey: 'scale',
    note: 'Rated 1 to 10 before and after (G26); lower stiffness and higher energy and focus are better.',
  });
}

function change(before, after) {
  if (before == null && after == null) return '';
  return `${before ?? '?'} → ${after ?? '?'}`;
}

function pairText(before = {}, after = {}) {
  const regions = new Set([...Object.keys(before || {}), ...Object.keys(after || {})]);
  return [...regions].map((r) => `${regionLabel(r)} ${change(before?.[r], after?.[r])}`).join(' · ');
}
