// Words and numbers as a person reads them.

export function humanize(id) {
  const text = String(id).replace(/-/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function duration(seconds) {
  const s = Math.max(0, Math.round(seconds || 0));
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  const rest = s % 60;
  return rest ? `${m} min ${rest} s` : `${m} min`;
}

/** A countdown's text: whole seconds left, e.g. "45 s". */
export const clock = (seconds) => `${Math.max(0, Math.ceil(seconds))} s`;

export function percent(value) {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '–';
  return `${Math.round(value * 100)}%`;
}

export function sentence(text) {
  const t = String(text || '').trim();
  if (!t) return '';
  const capital = t.charAt(0).toUpperCase() + t.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

export function severityWord(value) {
  if (value <= 0) return 'none';
  if (value <= 3) return 'mild';
  if (value <= 6) return 'moderate';
  return 'severe';
}

/** A date for a chart's axis: the time when every point is on one day, else day and month. */
export function formatWhen(iso, sameDay) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return sameDay
    ? date.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })
    : date.toLocaleDateString(undefined, { month: 'short', day: 'numeric' });
}

export function formatDateTime(iso) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return String(iso || '');
  return date.toLocaleString(undefined, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** "14:20" for a time in milliseconds, in 24-hour form so it matches the working-hours inputs. */
export function formatTime(ms) {
  const d = new Date(ms);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/** The dose in words: "2 × 8, hold 5 s, each side". */
export function dose(item) {
  const parts = [`${item.sets} × ${item.reps}`];
  if (item.holdSeconds > 0) parts.push(`hold ${item.holdSeconds} s`);
  if (item.bothSides) parts.push('each side');
  return parts.join(', ');
}

export function uuid() {
  if (window.crypto && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  // crypto.randomUUID needs a secure context; fall back to the same v4 layout.
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
