/*
 * Routine Advisor: the single page at "/".
 *
 * Plain JavaScript, no libraries; it talks only to this host's /api endpoints.
 *
 * Stable hooks (data-testid) for automated browser tests
 * -------------------------------------------------------
 * Check-in form
 *   redflag-sharp-pain, redflag-dizziness, redflag-persistent-discomfort   checkboxes (ticked = "yes")
 *   region-<region>        the "it hurts" checkbox of a region, e.g. region-lower-back
 *   severity-<region>      the 0-10 range input of a region, e.g. severity-lower-back
 *   fullrange-<region>     the "moving it all the way hurts" checkbox of a region
 *                          A region is sent as a pain point when region-<region> is ticked or
 *                          severity-<region> is above 0. Moving the slider above 0 (or ticking
 *                          fullrange-<region>) ticks region-<region>; unticking it sets the slider to 0.
 *   inactive-<muscle>, tight-<muscle>   checkboxes, e.g. tight-inner-thighs
 *   weak-<muscle>          checkboxes inside a collapsed <details>; open it with its summary, weak-more
 *   setting, day           selects
 *   minutes                number input (1-120, default 10)
 *   equipment-<item>       checkboxes, e.g. equipment-chair
 *   condition-<condition>  checkboxes, e.g. condition-sensitized
 *   get-routine            submit button (POST /api/routines)
 * Tracking
 *   start-tracking         button (POST /api/users; the token is kept in localStorage)
 *   export-data            link; downloads GET /api/me/export as a CSV file
 *   delete-data            button; reveals the confirmation
 *   delete-confirm         button; DELETE /api/me, then forgets the token
 * Routine
 *   routine                the routine section (also shown, with the message only, for a referral)
 *   routine-item           one per item, with data-exercise-id="<exercise id>"
 *   hold-start             button per item; starts (or stops) its countdown
 *   hold-countdown         <output aria-live="polite"> per item: seconds left as "<n> s", also in data-remaining
 *   routine-message, routine-refer, routine-schedule, routine-interval, routine-omitted
 * Outcome (after a routine served with a token)
 *   outcome-form           the form
 *   completed-<exerciseId> checkbox (ticked by default); rating-<exerciseId> select
 *   pain-before-<region>, pain-after-<region>   number inputs (before is prefilled from the check-in)
 *   stiffness-before, stiffness-after, energy-before, energy-after, focus-before, focus-after
 *   outcome-condition-frustrated, outcome-condition-early-fatigue   checkboxes
 *   log-outcome            submit button (POST /api/routines/{id}/outcomes with an Idempotency-Key)
 *   outcome-saved          appears after the outcome is stored
 * Progress (while tracking)
 *   progress               the section (GET /api/me/progress; refreshed after each logged outcome)
 *   pain-chart             the <svg>; each plotted point is
 *                          <circle class="point" data-region="<region>" data-value="<after>">
 *   adherence              the adherence figure; completion is the completion figure
 * Errors
 *   error-<control testid> next to its control, holding the API's messages for that field:
 *     error-minutes, error-setting, error-day, error-severity-<region> (any painPoints[i].* path,
 *     mapped back to its region), error-regions (painPoints), error-redflags, error-inactive,
 *     error-tight, error-weak, error-equipment, error-conditions,
 *     error-pain-before-<region> (painBefore.<region>), error-pain-after-<region> (painAfter.<region>),
 *     error-stiffness-before (stiffnessBefore) and likewise for stiffness/energy/focus,
 *     error-completed (completed[i]), error-rating-<exerciseId> (ratings.<exerciseId>),
 *     error-outcome-conditions (conditions[i] of the outcome).
 *   Each also carries data-field="<API field path>".
 *   error-general          one box for everything else (unknown paths, "$", network and server
 *                          errors); it moves next to the action that failed.
 */
'use strict';

(() => {
  // ---------------------------------------------------------------- vocabulary

  const REGIONS = [
    ['neck', 'Neck'], ['shoulders', 'Shoulders'], ['upper-back', 'Upper back'], ['lower-back', 'Lower back'],
    ['hips', 'Hips'], ['knees', 'Knees'], ['ankles', 'Ankles'], ['wrists', 'Wrists'], ['hands', 'Hands'],
  ];
  const REGION_LABEL = Object.fromEntries(REGIONS);

  const MUSCLES = [
    ['glutes', 'Glutes', 'buttocks'],
    ['abdominals', 'Abdominals', 'belly'],
    ['hip-flexors', 'Hip flexors', 'front of the hip'],
    ['lower-back', 'Lower back'],
    ['inner-thighs', 'Inner thighs'],
    ['hamstrings', 'Hamstrings', 'back of the thigh'],
    ['quadriceps', 'Quadriceps', 'front of the thigh'],
    ['glute-medius', 'Glute medius', 'side of the hip'],
    ['rotator-cuff', 'Rotator cuff', 'deep shoulder'],
    ['scapular-stabilizers', 'Shoulder-blade muscles'],
    ['upper-traps', 'Upper traps', 'top of the shoulders'],
    ['chest', 'Chest'],
    ['calves', 'Calves'],
    ['forearms', 'Forearms'],
  ];

  const RED_FLAGS = [
    ['sharp-pain', 'Is any of your pain sharp, stabbing or shooting, rather than a dull ache?'],
    ['dizziness', 'Have you felt dizzy, faint or light-headed today?'],
    ['persistent-discomfort', 'Has the pain or discomfort lasted for weeks, or kept getting worse, without easing?'],
  ];

  const SETTINGS = [['home', 'At home'], ['desk', 'At my desk'], ['gym', 'At the gym']];
  const DAYS = [
    ['workday', 'A workday'], ['lower-body', 'Lower-body training day'], ['upper-body', 'Upper-body training day'],
    ['full-body', 'Full-body training day'], ['recovery', 'Rest or recovery day'], ['post-workout', 'Just finished a workout'],
  ];
  const EQUIPMENT = [
    ['chair', 'Chair'], ['mat', 'Mat'], ['wall', 'A clear wall'], ['band', 'Resistance band'],
    ['dumbbell', 'Dumbbell'], ['ball', 'Ball'], ['bench', 'Bench'],
  ];
  const CONDITIONS = [
    ['sedentary', 'I sit for most of the day'],
    ['early-fatigue', 'I tire early in the day'],
    ['frustrated', "I'm frustrated that things aren't improving"],
    ['sensitized', 'Everything feels sensitive; pain flares easily'],
    ['joint-inflammation', 'A joint is swollen or inflamed'],
    ['structural-issue', 'I have a known structural issue (such as arthritis or a disc problem)'],
    ['rounded-shoulders', 'My shoulders round forward'],
    ['knee-valgus', 'My knees cave inward when I squat'],
    ['ankle-instability', 'My ankles feel unstable or roll easily'],
    ['left-right-imbalance', 'One side is noticeably weaker than the other'],
    ['overhead-lifting', 'I lift or reach overhead in training or sport'],
  ];
  const OUTCOME_CONDITIONS = [
    ['frustrated', 'I felt frustrated'],
    ['early-fatigue', 'I tired sooner than expected'],
  ];
  const RATINGS = [['', 'How did it feel?'], ['too-hard', 'Too hard'], ['right', 'About right'], ['effortless', 'Effortless']];
  const SCALES = [['stiffness', 'Stiffness'], ['energy', 'Energy'], ['focus', 'Focus']];

  const PHASES = {
    'warm-up': ['Warm up', 'Wake the body up and set your core.'],
    release: ['Release', 'Let tight muscles let go, slowly.'],
    activate: ['Activate', 'Switch on the muscles that have gone quiet.'],
    integrate: ['Integrate', 'Put them back to work in a whole movement.'],
    strengthen: ['Strengthen', 'Build strength on what you just switched on.'],
    mobility: ['Mobility', 'Move gently through your comfortable range.'],
    desk: ['At your desk', 'Small movements you can do without getting up.'],
    'cool-down': ['Cool down', 'Ease off and let things settle.'],
  };
  const WHEN = {
    'start-of-day': 'Start of the day',
    'every-interval': 'Every break',
    'pre-meeting': 'Before a meeting',
    'mid-afternoon': 'Mid-afternoon',
    'end-of-day': 'End of the day',
  };
  const REGION_COLORS = {
    neck: '#1d6fa5', shoulders: '#c2410c', 'upper-back': '#7048b8', 'lower-back': '#0f7b5f', hips: '#be185d',
    knees: '#8a6a00', ankles: '#0e7490', wrists: '#5b6b1f', hands: '#6b4f3a',
  };

  const TOKEN_KEY = 'routineAdvisor.token';

  // ---------------------------------------------------------------- state

  const state = {
    token: null,
    catalog: new Map(),      // exercise id -> { name, instructions }
    assessment: null,        // the assessment behind the routine on screen
    painIndex: [],           // painPoints position -> region, for the last assessment sent
    routine: null,
    personal: false,         // the routine on screen was stored for this person
    outcomeKey: null,        // Idempotency-Key of the outcome being submitted
    outcomeBody: null,       // ...and the body it belongs to
    progress: null,
    historyOpen: false,
  };

  // ---------------------------------------------------------------- helpers

  const $ = (selector, root = document) => root.querySelector(selector);
  const $$ = (selector, root = document) => Array.from(root.querySelectorAll(selector));

  /** Creates an element: el('p', { class: 'x', text: 'hi', onclick: f }, child, ...). */
  function el(tag, attrs = {}, ...children) {
    const node = document.createElement(tag);
    setAttrs(node, attrs);
    for (const child of children.flat(Infinity)) {
      if (child == null || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  const SVG_NS = 'http://www.w3.org/2000/svg';
  function svg(tag, attrs = {}, ...children) {
    const node = document.createElementNS(SVG_NS, tag);
    setAttrs(node, attrs);
    for (const child of children.flat(Infinity)) {
      if (child == null || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function setAttrs(node, attrs) {
    for (const [key, value] of Object.entries(attrs)) {
      if (value == null || value === false) continue;
      if (key === 'text') node.textContent = value;
      else if (key === 'class') node.setAttribute('class', value);
      else if (key === 'style') node.style.cssText = value; // through the CSSOM, so a strict CSP allows it
      else if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
      else if (key === 'checked' || key === 'selected' || key === 'value') node[key] = value;
      else node.setAttribute(key, value === true ? '' : String(value));
    }
  }

  function humanize(id) {
    const text = String(id).replace(/-/g, ' ');
    return text.charAt(0).toUpperCase() + text.slice(1);
  }

  function exerciseName(id, routine) {
    if (routine) {
      for (const phase of routine.phases || []) {
        for (const item of phase.items || []) if (item.exerciseId === id && item.name) return item.name;
      }
    }
    return state.catalog.get(id)?.name || humanize(id);
  }

  function duration(seconds) {
    const s = Math.max(0, Math.round(seconds || 0));
    if (s < 60) return `${s} s`;
    const m = Math.floor(s / 60);
    const rest = s % 60;
    return rest ? `${m} min ${rest} s` : `${m} min`;
  }

  /** The countdown's text: whole seconds left, e.g. "45 s". */
  function clock(seconds) {
    return `${Math.max(0, Math.ceil(seconds))} s`;
  }

  function percent(value) {
    if (typeof value !== 'number' || !Number.isFinite(value)) return '–';
    return `${Math.round(value * 100)}%`;
  }

  function sentence(text) {
    const t = String(text || '').trim();
    if (!t) return '';
    const capital = t.charAt(0).toUpperCase() + t.slice(1);
    return /[.!?]$/.test(capital) ? capital : `${capital}.`;
  }

  function severityWord(value) {
    if (value <= 0) return 'none';
    if (value <= 3) return 'mild';
    if (value <= 6) return 'moderate';
    return 'severe';
  }

  function formatWhen(iso, sameDay) {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return '';
    return sameDay
      ? date.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })
      : date.toLocaleDateString(undefined, { month: 'short', day: 'numeric' });
  }

  function formatDateTime(iso) {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return String(iso || '');
    return date.toLocaleString(undefined, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
  }

  function uuid() {
    if (window.crypto && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
    // crypto.randomUUID needs a secure context; fall back to the same v4 layout.
    const b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }

  const smooth = () => (window.matchMedia && matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth');
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

  // ---------------------------------------------------------------- token storage

  function loadToken() {
    try { return localStorage.getItem(TOKEN_KEY); } catch { return null; }
  }

  function saveToken(token) {
    state.token = token;
    try {
      if (token) localStorage.setItem(TOKEN_KEY, token);
      else localStorage.removeItem(TOKEN_KEY);
    } catch { /* storage unavailable: keep it for this visit only */ }
  }

  // ---------------------------------------------------------------- API

  class ApiError extends Error {
    constructor(status, problem, retryAfter) {
      super(problem?.title || `HTTP ${status}`);
      this.status = status;
      this.problem = problem;
      this.retryAfter = retryAfter;
    }
  }

  async function api(method, path, { body, headers = {}, auth = true } = {}) {
    const h = { Accept: 'application/json, application/problem+json', ...headers };
    if (body !== undefined) h['Content-Type'] = 'application/json';
    if (auth && state.token) h.Authorization = `Bearer ${state.token}`;
    let response;
    try {
      response = await fetch(path, {
        method,
        headers: h,
        body: body === undefined ? undefined : (typeof body === 'string' ? body : JSON.stringify(body)),
        cache: 'no-store',
      });
    } catch {
      throw new ApiError(0, null, null);
    }
    if (!response.ok) {
      let problem = null;
      try { problem = await response.json(); } catch { /* not JSON */ }
      throw new ApiError(response.status, problem, response.headers.get('Retry-After'));
    }
    return response;
  }

  /** A sentence for a failed request that is not about particular fields. */
  function describeFailure(error) {
    const detail = error.problem?.detail;
    switch (error.status) {
      case 0: return "We couldn't reach the server. Check your connection and try again.";
      case 401: return 'Your tracking key was not accepted.';
      case 404: return "We couldn't find that routine. It may have been deleted.";
      case 409: return 'That was already sent with different answers. Please try again.';
      case 413: return 'That is more than the server accepts in one go.';
      case 429: {
        const wait = Number.parseInt(error.retryAfter, 10);
        return Number.isFinite(wait)
          ? `Too many requests just now. Please wait ${wait} second${wait === 1 ? '' : 's'} and try again.`
          : 'Too many requests just now. Please wait a moment and try again.';
      }
      default:
        if (error.status >= 500) return 'Something went wrong on our side. Please try again in a moment.';
        return sentence(detail || error.problem?.title || `The request failed (${error.status}).`);
    }
  }

  // ---------------------------------------------------------------- errors shown next to fields

  let generalEl = null;
  const generalBox = () => (generalEl ||= $('#error-general'));

  function showGeneral(messages, anchor) {
    const box = generalBox();
    box.replaceChildren();
    const list = Array.isArray(messages) ? messages : [messages];
    if (list.length === 1) box.append(el('p', { text: list[0] }));
    else box.append(el('ul', {}, list.map((m) => el('li', { text: m }))));
    if (anchor) anchor.after(box);
    box.hidden = false;
  }

  function clearGeneral() {
    const box = generalBox();
    box.hidden = true;
    box.replaceChildren();
  }

  function clearFieldErrors(scope) {
    for (const node of $$('.field-error', scope)) {
      node.hidden = true;
      node.textContent = '';
    }
    for (const node of $$('[aria-invalid="true"]', scope)) node.removeAttribute('aria-invalid');
  }

  /** Puts messages into a field's error element and marks the controls it describes. */
  function showFieldError(errorEl, messages) {
    const existing = errorEl.hidden ? [] : [errorEl.textContent];
    errorEl.textContent = [...existing, ...messages.map(sentence)].filter(Boolean).join(' ');
    errorEl.hidden = false;
    for (const control of $$(`[aria-describedby~="${errorEl.id}"]`)) control.setAttribute('aria-invalid', 'true');
  }

  /**
   * Shows a problem's `errors` next to their fields. `locate` maps a field path to an error element
   * (or null); what it can't place goes into the general box by `anchor`.
   */
  function showProblem(error, locate, anchor) {
    const errors = error.problem?.errors && typeof error.problem.errors === 'object' ? error.problem.errors : null;
    const leftovers = [];
    let first = null;
    for (const [path, raw] of Object.entries(errors || {})) {
      const messages = (Array.isArray(raw) ? raw : [raw]).map(String);
      const target = path === '$' ? null : locate(path);
      if (target) {
        showFieldError(target, messages);
        first ??= target;
      } else {
        for (const message of messages) leftovers.push(path === '$' ? sentence(message) : `${path}: ${message}`);
      }
    }
    if (leftovers.length) showGeneral(leftovers, anchor);
    else if (!first) showGeneral(describeFailure(error), anchor);
    if (first) {
      const control = $(`[aria-describedby~="${first.id}"]`) || first;
      control.scrollIntoView({ block: 'center', behavior: smooth() });
      if (control.focus) control.focus({ preventScroll: true });
    } else {
      generalBox().scrollIntoView({ block: 'nearest', behavior: smooth() });
      generalBox().focus({ preventScroll: true });
    }
  }

  function locateAssessmentError(path) {
    const top = path.match(/^([A-Za-z]+)/)?.[1];
    const point = path.match(/^painPoints\[(\d+)\]/);
    if (point) {
      const region = state.painIndex[Number(point[1])];
      return region ? $(`#error-severity-${region}`) : $('#error-regions');
    }
    const byField = {
      painPoints: '#error-regions',
      redFlags: '#error-redflags',
      inactiveMuscles: '#error-inactive',
      tightMuscles: '#error-tight',
      weakMuscles: '#error-weak',
      setting: '#error-setting',
      day: '#error-day',
      minutes: '#error-minutes',
      equipment: '#error-equipment',
      conditions: '#error-conditions',
    };
    if (top === 'weakMuscles') $('#weak-details').open = true;
    return byField[top] ? $(byField[top]) : null;
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

  function setBusy(button, busy, busyText) {
    if (busy) {
      button.dataset.label = button.textContent;
      button.textContent = busyText;
      button.disabled = true;
      button.setAttribute('aria-busy', 'true');
    } else {
      if (button.dataset.label) button.textContent = button.dataset.label;
      button.disabled = false;
      button.removeAttribute('aria-busy');
    }
  }

  // ---------------------------------------------------------------- the check-in form

  function errorEl(id, field) {
    return el('p', { class: 'field-error', id, 'data-testid': id, 'data-field': field, hidden: true });
  }

  function buildForm() {
    const flags = $('#redflags');
    for (const [id, question] of RED_FLAGS) {
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
    for (const [region, label] of REGIONS) regions.append(regionRow(region, label));

    chips('#inactive', 'inactive', 'inactiveMuscles', 'error-inactive', MUSCLES);
    chips('#tight', 'tight', 'tightMuscles', 'error-tight', MUSCLES);
    chips('#weak', 'weak', 'weakMuscles', 'error-weak', MUSCLES);
    chips('#equipment', 'equipment', 'equipment', 'error-equipment', EQUIPMENT);

    const setting = $('#setting');
    for (const [value, label] of SETTINGS) setting.append(el('option', { value, text: label }));
    setting.value = 'home';
    const day = $('#day');
    for (const [value, label] of DAYS) day.append(el('option', { value, text: label }));
    day.value = 'workday';

    const conditions = $('#conditions');
    for (const [value, label] of CONDITIONS) {
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
  function readAssessment() {
    const painPoints = [];
    const painIndex = [];
    for (const [region] of REGIONS) {
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

  async function onGetRoutine(event) {
    event.preventDefault();
    const button = $('#get-routine');
    if (button.disabled) return;
    const form = $('#assessment-form');
    clearFieldErrors(form);
    clearGeneral();
    const read = readAssessment();
    if (!read) return;

    setBusy(button, true, 'Putting your routine together…');
    stopAllTimers();
    const sentWithToken = Boolean(state.token);
    try {
      state.painIndex = read.painIndex;
      const response = await api('POST', '/api/routines', { body: read.assessment });
      const routine = await response.json();
      state.assessment = read.assessment;
      state.routine = routine;
      // With a token the routine is stored (201); a refused token would have answered 401.
      state.personal = sentWithToken && response.ok;
      renderRoutine(routine);
      renderOutcomeForm();
      if (state.personal) loadProgress();
      const section = $('#routine');
      section.scrollIntoView({ block: 'start', behavior: smooth() });
      section.focus({ preventScroll: true });
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (error.status === 401 && sentWithToken) {
        forgetToken();
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

  // ---------------------------------------------------------------- the routine

  const timers = new Set();

  function stopAllTimers() {
    for (const timer of timers) timer.stop(false);
    timers.clear();
  }

  function renderRoutine(routine) {
    const section = $('#routine');
    section.replaceChildren();
    section.hidden = false;
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
        el('span', { text: `${itemCount} ${itemCount === 1 ? 'movement' : 'movements'}` }))));
    if (routine.message) section.append(el('p', { class: 'routine-message', 'data-testid': 'routine-message', text: routine.message }));

    const phaseList = el('ol', { class: 'phases' });
    let number = 0;
    phases.forEach((phase, index) => {
      const [title, blurb] = PHASES[phase.phase] || [humanize(phase.phase), ''];
      const items = el('ol', { class: 'items' });
      for (const item of phase.items) items.append(renderItem(item, ++number));
      phaseList.append(el('li', { class: 'phase', 'data-phase': phase.phase },
        el('div', { class: 'phase-head' },
          el('span', { class: 'phase-number', 'aria-hidden': 'true', text: String(index + 1) }),
          el('div', {},
            el('h3', { class: 'phase-title', text: title }),
            blurb ? el('p', { class: 'phase-blurb', text: blurb }) : null)),
        items));
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
          el('span', { class: 'slot-when', text: WHEN[slot.when] || humanize(slot.when) }),
          el('span', { class: 'slot-what', text: (slot.exerciseIds || []).map((id) => exerciseName(id, routine)).join(', ') || '–' })))));
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

  function renderItem(item, number) {
    const hold = Number(item.holdSeconds) || 0;
    const timerSeconds = hold > 0 ? hold : Number(item.seconds) || 0;
    const instructions = item.instructions || state.catalog.get(item.exerciseId)?.instructions;
    const micro = item.range === 'micro';

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

    const stats = [
      ['Sets × reps', `${item.sets} × ${item.reps}`],
      ['Hold', hold > 0 ? `${hold} s` : 'none'],
      ['Time', duration(item.seconds)],
    ];

    return el('li', { class: 'item', 'data-testid': 'routine-item', 'data-exercise-id': item.exerciseId },
      el('div', { class: 'item-head' },
        el('div', { class: 'item-title' },
          el('span', { class: 'item-number', 'aria-hidden': 'true', text: String(number) }),
          el('h4', { class: 'item-name', text: item.name || humanize(item.exerciseId) })),
        el('span', { class: 'badges' },
          el('span', { class: `badge ${micro ? 'badge-micro' : 'badge-full'}`, title: micro ? 'Small, gentle movements well inside your pain-free range' : 'Move through your full comfortable range', text: micro ? 'Micro range' : 'Full range' }),
          item.bothSides ? el('span', { class: 'badge', text: 'Both sides' }) : null)),
      el('dl', { class: 'dose' }, stats.map(([k, v]) => el('div', {}, el('dt', { text: k }), el('dd', { text: v })))),
      instructions ? el('p', { class: 'instructions', text: instructions }) : null,
      (item.cues || []).length ? el('ul', { class: 'cues' }, item.cues.map((c) => el('li', { text: c }))) : null,
      el('div', { class: 'timer' }, start, el('div', { class: 'timer-read' }, countdown, status)),
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

  function makeTimer(total, output, button, status, startLabel, name) {
    const timer = {
      running: false,
      handle: 0,
      endAt: 0,
      start() {
        stopOthers();
        timer.running = true;
        timer.endAt = performance.now() + total * 1000;
        button.textContent = 'Stop';
        button.setAttribute('aria-label', `Stop the timer for ${name}`);
        button.classList.add('is-running');
        output.classList.remove('is-done');
        status.textContent = 'counting down';
        timers.add(timer);
        timer.tick();
        timer.handle = setInterval(timer.tick, 200);
      },
      tick() {
        const left = Math.max(0, Math.ceil((timer.endAt - performance.now()) / 1000));
        if (output.dataset.remaining !== String(left)) {
          output.dataset.remaining = String(left);
          output.textContent = clock(left);
        }
        if (left <= 0) timer.finish();
      },
      finish() {
        timer.stop(false);
        output.classList.add('is-done');
        output.dataset.remaining = '0';
        output.textContent = clock(0);
        status.textContent = 'done, nicely';
        button.textContent = 'Start again';
        button.setAttribute('aria-label', `Start again: ${startLabel} for ${name}`);
        if (navigator.vibrate) try { navigator.vibrate(150); } catch { /* not supported */ }
      },
      stop(reset) {
        clearInterval(timer.handle);
        timer.running = false;
        timers.delete(timer);
        button.classList.remove('is-running');
        if (reset) {
          output.dataset.remaining = String(total);
          output.textContent = clock(total);
          status.textContent = 'stopped';
          button.textContent = startLabel;
          button.setAttribute('aria-label', `${startLabel} for ${name}`);
        }
      },
    };
    // One countdown at a time keeps the page (and the screen reader) calm.
    const stopOthers = () => { for (const other of [...timers]) if (other !== timer) other.stop(true); };
    return timer;
  }

  // ---------------------------------------------------------------- the outcome form

  function renderOutcomeForm() {
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

    // Items, once each (an exercise may come back in a later phase).
    const seen = new Set();
    const items = [];
    for (const phase of routine.phases || []) {
      for (const item of phase.items || []) {
        if (seen.has(item.exerciseId)) continue;
        seen.add(item.exerciseId);
        items.push(item);
      }
    }

    const done = el('fieldset', { class: 'outcome-block' },
      el('legend', { text: 'What did you do?' }),
      el('p', { class: 'hint', text: 'Untick anything you skipped. Rating a movement is optional.' }));
    for (const item of items) {
      const id = item.exerciseId;
      const ratingId = `rating-${id}`;
      done.append(el('div', { class: 'done-row' },
        el('label', { class: 'check', for: `completed-${id}` },
          el('input', { type: 'checkbox', id: `completed-${id}`, name: 'completed', value: id, checked: true, 'data-testid': `completed-${id}`, 'aria-describedby': 'error-completed' }),
          el('span', { text: item.name || humanize(id) })),
        el('select', { id: ratingId, name: 'rating', 'data-exercise-id': id, 'data-testid': ratingId, 'aria-label': `How did ${item.name || humanize(id)} feel?`, 'aria-describedby': `error-${ratingId}` },
          RATINGS.map(([value, label]) => el('option', { value, text: label }))),
        errorEl(`error-${ratingId}`, `ratings.${id}`)));
    }
    done.append(errorEl('error-completed', 'completed'));
    form.append(done);

    const painPoints = state.assessment?.painPoints || [];
    if (painPoints.length) {
      const pain = el('fieldset', { class: 'outcome-block' },
        el('legend', { text: 'Pain, from 0 (none) to 10' }),
        el('p', { class: 'hint', text: '“Before” is what you told us; change it if it was different.' }));
      for (const point of painPoints) {
        pain.append(pairRow(REGION_LABEL[point.region] || humanize(point.region), 'pain', point.region, 0, 10, point.severity));
      }
      form.append(pain);
    }

    const scales = el('fieldset', { class: 'outcome-block' },
      el('legend', { text: 'Stiffness, energy and focus, from 1 to 10' }),
      el('p', { class: 'hint', text: 'Optional. Leave blank what you didn’t notice.' }));
    for (const [key, label] of SCALES) scales.append(pairRow(label, key, null, 1, 10, null));
    form.append(scales);

    const noticed = el('fieldset', { class: 'outcome-block' }, el('legend', { text: 'Did you notice…' }));
    for (const [value, label] of OUTCOME_CONDITIONS) {
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
      const field = region ? `${key}${when === 'before' ? 'Before' : 'After'}.${region}` : `${key}${when === 'before' ? 'Before' : 'After'}`;
      const input = el('input', {
        type: 'number', id, 'data-testid': id, min, max, step: 1, inputmode: 'numeric',
        'data-field': field, 'aria-describedby': `error-${id}`,
        'aria-label': `${label} ${when}, ${min} to ${max}`,
        placeholder: `${min}–${max}`,
      });
      if (before != null && when === 'before') input.value = String(before);
      inputs.append(el('div', { class: 'pair-field' },
        el('label', { for: id, class: 'pair-when', text: when === 'before' ? 'Before' : 'After' }),
        input,
        errorEl(`error-${id}`, field)));
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
      const value = Number(raw);
      const field = input.dataset.field;
      const dot = field.indexOf('.');
      if (dot > 0) outcome[field.slice(0, dot)][field.slice(dot + 1)] = value;
      else outcome[field] = value;
    }
    for (const select of $$('select[name="rating"]', form)) if (select.value) outcome.ratings[select.dataset.exerciseId] = select.value;
    for (const input of $$('input[name="outcomeConditions"]', form)) if (input.checked) outcome.conditions.push(input.value);
    return ok ? outcome : null;
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
      const first = $('[aria-invalid="true"]', form);
      if (first) first.focus();
      return;
    }
    const body = JSON.stringify(outcome);
    // One key per submission: a retry of the same answers reuses it, so it is stored once.
    if (!state.outcomeKey || state.outcomeBody !== body) {
      state.outcomeKey = uuid();
      state.outcomeBody = body;
    }
    const path = `/api/routines/${encodeURIComponent(state.routine.routineId)}/outcomes`;
    setBusy(button, true, 'Saving…');
    try {
      let attempt = 0;
      for (;;) {
        try {
          await api('POST', path, { body, headers: { 'Idempotency-Key': state.outcomeKey } });
          break;
        } catch (error) {
          const transient = error instanceof ApiError && (error.status === 0 || error.status === 502 || error.status === 503 || error.status === 504);
          if (!transient || attempt >= 2) throw error;
          attempt += 1;
          await sleep(600 * attempt);
        }
      }
      form.hidden = true;
      const saved = $('#outcome-saved');
      saved.replaceChildren(
        el('p', { class: 'saved-title', text: 'Logged. Thank you.' }),
        el('p', { text: 'Your next routine will take how this one went into account.' }));
      saved.hidden = false;
      saved.focus({ preventScroll: true });
      loadProgress();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      const anchor = form;
      if (error.status === 401) {
        forgetToken();
        showGeneral('Your tracking key was no longer accepted, so this device has stopped tracking and the outcome was not saved.', anchor);
        generalBox().focus({ preventScroll: true });
      } else {
        showProblem(error, locateOutcomeError, anchor);
      }
    } finally {
      setBusy(button, false);
    }
  }

  // ---------------------------------------------------------------- tracking

  function renderTracking() {
    const on = Boolean(state.token);
    $('#tracking-off').hidden = on;
    $('#tracking-on').hidden = !on;
    $('#progress').hidden = !on;
    if (!on) {
      $('#delete-confirm-box').hidden = true;
      $('#delete-data').setAttribute('aria-expanded', 'false');
      $('#outcome').hidden = true;
    }
  }

  function trackingNotice(text) {
    const notice = $('#tracking-notice');
    notice.textContent = text || '';
    notice.hidden = !text;
  }

  function forgetToken() {
    saveToken(null);
    state.personal = false;
    state.progress = null;
    renderTracking();
    renderOutcomeForm();
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
      loadProgress();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      showGeneral(describeFailure(error), $('#start-tracking'));
    } finally {
      setBusy(button, false);
    }
  }

  async function onExport(event) {
    event.preventDefault();
    if (!state.token) return;
    const link = $('#export-data');
    clearGeneral();
    link.setAttribute('aria-busy', 'true');
    try {
      const response = await api('GET', '/api/me/export', { headers: { Accept: 'text/csv' } });
      const blob = await response.blob();
      const url = URL.createObjectURL(blob);
      const a = el('a', { href: url, download: `routine-advisor-data-${new Date().toISOString().slice(0, 10)}.csv`, hidden: true });
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 30000);
      trackingNotice('Your data was downloaded as a CSV file.');
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

  // ---------------------------------------------------------------- progress

  async function loadProgress() {
    if (!state.token) return;
    const body = $('#progress-body');
    $('#progress').hidden = false;
    $('#progress').setAttribute('aria-busy', 'true');
    try {
      const response = await api('GET', '/api/me/progress');
      state.progress = await response.json();
      renderProgress();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (error.status === 401) {
        forgetToken();
        trackingNotice('Your tracking key is no longer valid, so this device has stopped tracking.');
      } else {
        body.replaceChildren(el('p', { class: 'muted', text: `Your progress couldn't be loaded. ${describeFailure(error)}` }));
      }
    } finally {
      $('#progress').removeAttribute('aria-busy');
    }
  }

  function painSeries(progress) {
    if (progress.pain && typeof progress.pain === 'object') return progress.pain;
    // Older answers may only carry entries; rebuild the per-region series from them.
    const series = {};
    for (const entry of progress.entries || []) {
      const regions = new Set([...Object.keys(entry.painBefore || {}), ...Object.keys(entry.painAfter || {})]);
      for (const region of regions) {
        (series[region] ||= []).push({ at: entry.loggedAt, before: entry.painBefore?.[region], after: entry.painAfter?.[region] });
      }
    }
    return series;
  }

  function renderProgress() {
    const progress = state.progress;
    const body = $('#progress-body');
    if (!progress) return;
    const routines = Number(progress.routines) || 0;
    const outcomes = Number(progress.outcomes) || 0;
    const entries = Array.isArray(progress.entries) ? progress.entries : [];
    const logged = new Set(entries.map((e) => e.routineId)).size || outcomes;

    const stats = el('div', { class: 'stats' },
      el('div', { class: 'stat' },
        el('p', { class: 'stat-value', 'data-testid': 'adherence', 'data-value': String(progress.adherence ?? ''), text: routines ? percent(progress.adherence) : '–' }),
        el('p', { class: 'stat-label', text: `of your routines logged (${logged} of ${routines})` })),
      el('div', { class: 'stat' },
        el('p', { class: 'stat-value', 'data-testid': 'completion', 'data-value': String(progress.completion ?? ''), text: outcomes ? percent(progress.completion) : '–' }),
        el('p', { class: 'stat-label', text: 'of movements done, on average' })));

    const chartBox = el('figure', { class: 'chart' });
    const children = [stats, el('h3', { class: 'sub-title', text: 'Pain after each routine' }), chartBox];

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
    body.replaceChildren(...children);
    drawChart(chartBox, painSeries(progress));
  }

  function change(before, after) {
    if (before == null && after == null) return '';
    return `${before ?? '?'} → ${after ?? '?'}`;
  }

  function pairText(before = {}, after = {}) {
    const regions = new Set([...Object.keys(before || {}), ...Object.keys(after || {})]);
    return [...regions].map((r) => `${REGION_LABEL[r] || humanize(r)} ${change(before?.[r], after?.[r])}`).join(' · ');
  }

  /** Pain over time: one line per region through the `after` values, a faint stem from `before`. */
  function drawChart(figure, series) {
    const regions = REGIONS.map(([r]) => r).filter((r) => Array.isArray(series[r]) && series[r].length)
      .concat(Object.keys(series).filter((r) => !REGION_LABEL[r] && Array.isArray(series[r]) && series[r].length));
    const times = [...new Set(regions.flatMap((r) => series[r].map((p) => p.at)))]
      .sort((a, b) => new Date(a) - new Date(b));
    const xIndex = new Map(times.map((t, i) => [t, i]));

    const width = Math.max(280, Math.round(figure.clientWidth || figure.parentElement?.clientWidth || 600));
    const height = width < 480 ? 220 : 260;
    const m = { top: 14, right: 16, bottom: 34, left: 34 };
    const plotW = width - m.left - m.right;
    const plotH = height - m.top - m.bottom;
    const inset = 14;
    const x = (i) => m.left + (times.length <= 1 ? plotW / 2 : inset + (i / (times.length - 1)) * (plotW - 2 * inset));
    const y = (v) => m.top + plotH - (Math.max(0, Math.min(10, v)) / 10) * plotH;

    const summary = regions.length
      ? regions.map((r) => {
        const last = [...series[r]].reverse().find((p) => typeof p.after === 'number');
        return `${REGION_LABEL[r] || humanize(r)}: ${series[r].length} ${series[r].length === 1 ? 'entry' : 'entries'}${last ? `, latest ${last.after} out of 10` : ''}`;
      }).join('; ')
      : 'No pain has been logged yet.';

    const chart = svg('svg', {
      class: 'pain-chart', 'data-testid': 'pain-chart', width, height, viewBox: `0 0 ${width} ${height}`,
      role: 'img', 'aria-labelledby': 'pain-chart-title pain-chart-desc',
    },
    svg('title', { id: 'pain-chart-title' }, 'Pain after each routine, 0 to 10, by region'),
    svg('desc', { id: 'pain-chart-desc' }, summary));

    const grid = svg('g', { class: 'grid' });
    for (let v = 0; v <= 10; v += 2) {
      grid.append(svg('line', { x1: m.left, x2: width - m.right, y1: y(v), y2: y(v), class: v === 0 ? 'axis' : 'gridline' }));
      grid.append(svg('text', { x: m.left - 8, y: y(v) + 4, class: 'tick', 'text-anchor': 'end' }, String(v)));
    }
    grid.append(svg('line', { x1: m.left, x2: m.left, y1: m.top, y2: m.top + plotH, class: 'axis' }));
    chart.append(grid);

    if (times.length) {
      const sameDay = times.every((t) => new Date(t).toDateString() === new Date(times[0]).toDateString());
      const maxLabels = Math.max(2, Math.floor(plotW / 70));
      const step = Math.max(1, Math.ceil(times.length / maxLabels));
      const labels = svg('g', { class: 'x-labels' });
      let texts = times.map((t) => formatWhen(t, sameDay && times.length > 1));
      if (new Set(texts).size < texts.length || texts.some((text) => !text)) texts = times.map((_, i) => `#${i + 1}`);
      times.forEach((t, i) => {
        if (i % step !== 0 && i !== times.length - 1) return;
        if (i !== times.length - 1 && times.length - 1 - i < step) return;
        labels.append(svg('text', { x: x(i), y: height - m.bottom + 20, class: 'tick', 'text-anchor': 'middle' },
          texts[i]));
      });
      chart.append(labels);
    } else {
      chart.append(svg('text', { x: m.left + plotW / 2, y: m.top + plotH / 2, class: 'empty', 'text-anchor': 'middle' }, 'No pain logged yet'));
    }

    const lines = svg('g', { class: 'lines' });
    const dots = svg('g', { class: 'points' });
    const offsetStep = regions.length > 1 ? Math.min(4, plotW / Math.max(1, times.length) / (regions.length * 2)) : 0;
    regions.forEach((region, ri) => {
      const color = REGION_COLORS[region] || '#44515a';
      const dx = (ri - (regions.length - 1) / 2) * offsetStep;
      const points = series[region]
        .filter((p) => xIndex.has(p.at))
        .map((p) => ({ ...p, cx: x(xIndex.get(p.at)) + dx }));
      for (const p of points) {
        if (typeof p.before === 'number' && typeof p.after === 'number' && p.before !== p.after) {
          lines.append(svg('line', { x1: p.cx, x2: p.cx, y1: y(p.before), y2: y(p.after), class: 'stem', stroke: color }));
          lines.append(svg('line', { x1: p.cx - 4, x2: p.cx + 4, y1: y(p.before), y2: y(p.before), class: 'stem-cap', stroke: color }));
        }
      }
      const withAfter = points.filter((p) => typeof p.after === 'number');
      if (withAfter.length > 1) {
        lines.append(svg('polyline', {
          class: 'line', stroke: color, 'data-region': region,
          points: withAfter.map((p) => `${p.cx.toFixed(1)},${y(p.after).toFixed(1)}`).join(' '),
        }));
      }
      for (const p of withAfter) {
        const label = `${REGION_LABEL[region] || humanize(region)}, ${formatDateTime(p.at)}: ${p.after} out of 10` +
          (typeof p.before === 'number' ? ` (before: ${p.before})` : '');
        dots.append(svg('circle', {
          class: 'point', cx: p.cx.toFixed(1), cy: y(p.after).toFixed(1), r: 5, fill: color,
          'data-region': region, 'data-value': String(p.after), 'data-before': typeof p.before === 'number' ? String(p.before) : null,
        }, svg('title', {}, label)));
      }
    });
    chart.append(lines, dots);

    const legend = el('ul', { class: 'legend', 'aria-label': 'Regions' },
      regions.map((r) => el('li', {},
        el('span', { class: 'swatch', style: `background:${REGION_COLORS[r] || '#44515a'}`, 'aria-hidden': 'true' }),
        REGION_LABEL[r] || humanize(r))));
    const caption = el('figcaption', {},
      regions.length ? legend : null,
      regions.length ? el('p', { class: 'hint', text: 'Dots show pain after each routine; a thin stem reaches to where it was before.' }) : null);
    figure.replaceChildren(chart, caption);
  }

  // ---------------------------------------------------------------- catalog (names and instructions)

  async function loadCatalog() {
    try {
      const response = await api('GET', '/api/exercises', { auth: false });
      const list = await response.json();
      if (!Array.isArray(list)) return;
      for (const e of list) if (e && e.id) state.catalog.set(e.id, { name: e.name, instructions: e.instructions });
    } catch {
      // Names fall back to the ids; the routine itself carries what it needs.
    }
  }

  // ---------------------------------------------------------------- start

  function init() {
    buildForm();
    state.token = loadToken();
    renderTracking();

    $('#start-tracking').addEventListener('click', onStartTracking);
    $('#export-data').addEventListener('click', onExport);
    $('#delete-data').addEventListener('click', () => toggleDeleteConfirm($('#delete-confirm-box').hidden));
    $('#delete-cancel').addEventListener('click', () => { toggleDeleteConfirm(false); $('#delete-data').focus(); });
    $('#delete-confirm').addEventListener('click', onDelete);
    $('#outcome-form').addEventListener('submit', onLogOutcome);

    let resizeTimer = 0;
    let lastWidth = window.innerWidth;
    window.addEventListener('resize', () => {
      if (window.innerWidth === lastWidth) return;
      lastWidth = window.innerWidth;
      clearTimeout(resizeTimer);
      resizeTimer = setTimeout(() => { if (state.progress && !$('#progress').hidden) renderProgress(); }, 150);
    });

    loadCatalog();
    if (state.token) loadProgress();
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
