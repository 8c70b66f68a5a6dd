// Errors shown next to the fields they are about; the rest in one box by the action that failed.

import { $, $$, el, smooth } from './dom.js';
import { sentence } from './format.js';
import { describeFailure } from './api.js';

export const generalBox = () => $('#error-general');

export function showGeneral(messages, anchor) {
  const box = generalBox();
  box.replaceChildren();
  const list = Array.isArray(messages) ? messages : [messages];
  if (list.length === 1) box.append(el('p', { text: list[0] }));
  else box.append(el('ul', {}, list.map((m) => el('li', { text: m }))));
  if (anchor) anchor.after(box);
  box.hidden = false;
}

export function clearGeneral() {
  const box = generalBox();
  box.hidden = true;
  box.replaceChildren();
}

export function clearFieldErrors(scope) {
  for (const node of $$('.field-error', scope)) {
    node.hidden = true;
    node.textContent = '';
  }
  for (const node of $$('[aria-invalid="true"]', scope)) node.removeAttribute('aria-invalid');
}

/** Puts messages into a field's error element and marks the controls it describes. */
export function showFieldError(errorEl, messages) {
  const existing = errorEl.hidden ? [] : [errorEl.textContent];
  errorEl.textContent = [...existing, ...messages.map(sentence)].filter(Boolean).join(' ');
  errorEl.hidden = false;
  for (const control of $$(`[aria-describedby~="${errorEl.id}"]`)) control.setAttribute('aria-invalid', 'true');
}

/**
 * Shows a problem's `errors` next to their fields. `locate` maps a field path to an error element
 * (or null); what it can't place goes into the general box by `anchor`.
 */
export function showProblem(error, locate, anchor) {
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

export function setBusy(button, busy, busyText) {
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
