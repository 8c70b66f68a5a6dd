// A line chart over time: one line per series through the "after" values, a faint stem from "before".

import { el, svg } from './dom.js';
import { formatDateTime, formatWhen } from './format.js';

/**
 * Draws `series` ({ key: [{ at, before, after }] }) into `figure`. `options`: testid, title, min, max,
 * label(key), color(key), dataKey (the data-* attribute naming a point's series), note.
 */
export function drawChart(figure, series, options) {
  const { testid, title, min = 0, max = 10, label, color, dataKey = 'region', note } = options;
  const keys = Object.keys(series).filter((k) => Array.isArray(series[k]) && series[k].length);
  const times = [...new Set(keys.flatMap((k) => series[k].map((p) => p.at)))].sort((a, b) => new Date(a) - new Date(b));
  const xIndex = new Map(times.map((t, i) => [t, i]));

  const width = Math.max(280, Math.round(figure.clientWidth || figure.parentElement?.clientWidth || 600));
  const height = width < 480 ? 230 : 270;
  const m = { top: 14, right: 16, bottom: 46, left: 34 };
  const plotW = width - m.left - m.right;
  const plotH = height - m.top - m.bottom;
  const inset = 14;
  const x = (i) => m.left + (times.length <= 1 ? plotW / 2 : inset + (i / (times.length - 1)) * (plotW - 2 * inset));
  const y = (v) => m.top + plotH - ((Math.max(min, Math.min(max, v)) - min) / (max - min)) * plotH;

  const summary = keys.length
    ? keys.map((k) => {
      const last = [...series[k]].reverse().find((p) => typeof p.after === 'number');
      return `${label(k)}: ${series[k].length} ${series[k].length === 1 ? 'entry' : 'entries'}${last ? `, latest ${last.after} out of ${max}` : ''}`;
    }).join('; ')
    : 'Nothing has been logged yet.';

  const chart = svg('svg', {
    class: 'pain-chart', 'data-testid': testid, width, height, viewBox: `0 0 ${width} ${height}`,
    role: 'img', 'aria-labelledby': `${testid}-title ${testid}-desc`,
  },
  svg('title', { id: `${testid}-title` }, title),
  svg('desc', { id: `${testid}-desc` }, summary));

  const grid = svg('g', { class: 'grid' });
  for (let v = min; v <= max; v += 2) {
    grid.append(svg('line', { x1: m.left, x2: width - m.right, y1: y(v), y2: y(v), class: v === min ? 'axis' : 'gridline' }));
    grid.append(svg('text', { x: m.left - 8, y: y(v) + 4, class: 'tick', 'text-anchor': 'end' }, String(v)));
  }
  grid.append(svg('line', { x1: m.left, x2: m.left, y1: m.top, y2: m.top + plotH, class: 'axis' }));
  chart.append(grid);

  if (times.length) {
    // Dates on the axis; when every point is on one day, times of day and that day below them.
    const sameDay = times.every((t) => new Date(t).toDateString() === new Date(times[0]).toDateString());
    const maxLabels = Math.max(2, Math.floor(plotW / 70));
    const step = Math.max(1, Math.ceil(times.length / maxLabels));
    const labels = svg('g', { class: 'x-labels', 'data-testid': `${testid}-dates` });
    const texts = times.map((t) => formatWhen(t, sameDay && times.length > 1));
    times.forEach((t, i) => {
      if (i % step !== 0 && i !== times.length - 1) return;
      if (i !== times.length - 1 && times.length - 1 - i < step) return;
      labels.append(svg('text', { x: x(i), y: height - m.bottom + 18, class: 'tick', 'text-anchor': 'middle', 'data-at': t }, texts[i]));
    });
    if (sameDay && times.length > 1) {
      labels.append(svg('text', { x: m.left + plotW / 2, y: height - 6, class: 'tick axis-date', 'text-anchor': 'middle' }, formatWhen(times[0], false)));
    }
    chart.append(labels);
  } else {
    chart.append(svg('text', { x: m.left + plotW / 2, y: m.top + plotH / 2, class: 'empty', 'text-anchor': 'middle' }, 'Nothing logged yet'));
  }

  const lines = svg('g', { class: 'lines' });
  const dots = svg('g', { class: 'points' });
  const offsetStep = keys.length > 1 ? Math.min(4, plotW / Math.max(1, times.length) / (keys.length * 2)) : 0;
  keys.forEach((key, ki) => {
    const stroke = color(key);
    const dx = (ki - (keys.length - 1) / 2) * offsetStep;
    const points = series[key].filter((p) => xIndex.has(p.at)).map((p) => ({ ...p, cx: x(xIndex.get(p.at)) + dx }));
    for (const p of points) {
      if (typeof p.before === 'number' && typeof p.after === 'number' && p.before !== p.after) {
        lines.append(svg('line', { x1: p.cx, x2: p.cx, y1: y(p.before), y2: y(p.after), class: 'stem', stroke }));
        lines.append(svg('line', { x1: p.cx - 4, x2: p.cx + 4, y1: y(p.before), y2: y(p.before), class: 'stem-cap', stroke }));
      }
    }
    const withAfter = points.filter((p) => typeof p.after === 'number');
    if (withAfter.length > 1) {
      lines.append(svg('polyline', {
        class: 'line', stroke, [`data-${dataKey}`]: key,
        points: withAfter.map((p) => `${p.cx.toFixed(1)},${y(p.after).toFixed(1)}`).join(' '),
      }));
    }
    for (const p of withAfter) {
      const text = `${label(key)}, ${formatDateTime(p.at)}: ${p.after} out of ${max}` + (typeof p.before === 'number' ? ` (before: ${p.before})` : '');
      dots.append(svg('circle', {
        class: 'point', cx: p.cx.toFixed(1), cy: y(p.after).toFixed(1), r: 5, fill: stroke,
        [`data-${dataKey}`]: key, 'data-value': String(p.after), 'data-before': typeof p.before === 'number' ? String(p.before) : null,
      }, svg('title', {}, text)));
    }
  });
  chart.append(lines, dots);

  const legend = el('ul', { class: 'legend', 'aria-label': 'Lines' },
    keys.map((k) => el('li', {}, el('span', { class: 'swatch', style: `background:${color(k)}`, 'aria-hidden': 'true' }), label(k))));
  figure.replaceChildren(chart, el('figcaption', {}, keys.length ? legend : null, keys.length && note ? el('p', { class: 'hint', text: note }) : null));
}
