// Where the workday template's slots fall (G21, G24). The same rules as the calendar file's
// (Advisor.Host/Web/Calendar/WorkdayHours.cs), so the reminders and the calendar agree.

/** Minutes after midnight for "HH:mm"; null when it is not a time. */
export function minutesOf(text) {
  const m = /^(\d{1,2}):(\d{2})$/.exec(String(text || '').trim());
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) return null;
  return Number(m[1]) * 60 + Number(m[2]);
}

const MID_AFTERNOON = 15 * 60;
const END_OF_DAY_LEAD = 10;
const MEETING_LEAD = 5;

/**
 * The slots of one day, sorted: [{ at (minutes after midnight), when }]. `hours` is { start, end,
 * meeting } in minutes; interval breaks run every `interval` minutes from `anchor` (the start, or
 * the time the interval last changed), skipping any that fall on another slot.
 */
export function slotsOf(hours, interval, anchor = hours.start) {
  const { start, end, meeting } = hours;
  const fixed = [{ at: start, when: 'start-of-day' }];
  if (meeting != null && meeting - MEETING_LEAD >= start && meeting <= end) fixed.push({ at: meeting - MEETING_LEAD, when: 'pre-meeting' });
  fixed.push({ at: MID_AFTERNOON > start && MID_AFTERNOON < end ? MID_AFTERNOON : start + Math.floor((end - start) / 2), when: 'mid-afternoon' });
  const endOfDay = end - start > END_OF_DAY_LEAD * 2 ? end - END_OF_DAY_LEAD : end;
  fixed.push({ at: endOfDay, when: 'end-of-day' });

  const slots = [...fixed];
  const step = Math.max(1, interval);
  const clash = Math.min(5, step / 2);
  // Breaks before the anchor keep the old grid from the start; from the anchor on, the new one.
  const from = Math.max(anchor, start);
  const grid = [];
  for (let at = start + step; at <= from && at < endOfDay; at += step) grid.push(at);
  for (let at = from + step; at < endOfDay; at += step) grid.push(at);
  for (const at of grid) {
    if (!fixed.some((f) => Math.abs(f.at - at) <= clash)) slots.push({ at, when: 'every-interval' });
  }
  return slots.sort((a, b) => a.at - b.at);
}
