// A routine as the timeline a guided session follows: each set, side, rep, hold, release and rest.

import { dose } from './format.js';

/** Seconds to release a hold slowly, counted down; the guidance asks for slow, controlled release. */
export const RELEASE_SECONDS = 3;
/** Rest between sets, and the pause to change sides. */
export const REST_SECONDS = 10;
export const SWITCH_SECONDS = 5;

/**
 * The steps for `items`: [{ kind, seconds, item, index, set, sets, rep, reps, side }]. kind is
 * "hold", "release", "move" (reps without a hold, paced over the movement's time), "switch" or
 * "rest". Every step belongs to one movement (`index`), so "back" and "skip" move by movement.
 */
export function stepsOf(items) {
  const steps = [];
  items.forEach((item, index) => {
    const sets = Math.max(1, item.sets || 1);
    const reps = Math.max(1, item.reps || 1);
    const sides = item.bothSides ? ['left', 'right'] : [null];
    const hold = Number(item.holdSeconds) || 0;
    // Without a hold, the movement's time is shared evenly between its sets and sides.
    const moveSeconds = Math.max(reps * 2, Math.round((Number(item.seconds) || reps * 3) / (sets * sides.length)));
    const base = { item, index, sets, reps };
    for (let set = 1; set <= sets; set += 1) {
      sides.forEach((side, s) => {
        if (s > 0) steps.push({ ...base, kind: 'switch', seconds: SWITCH_SECONDS, set, rep: 1, side });
        if (hold > 0) {
          for (let rep = 1; rep <= reps; rep += 1) {
            steps.push({ ...base, kind: 'hold', seconds: hold, set, rep, side });
            steps.push({ ...base, kind: 'release', seconds: RELEASE_SECONDS, set, rep, side });
          }
        } else {
          steps.push({ ...base, kind: 'move', seconds: moveSeconds, set, rep: 1, side });
        }
      });
      if (set < sets) steps.push({ ...base, kind: 'rest', seconds: REST_SECONDS, set, rep: reps, side: null });
    }
  });
  return steps;
}

/** What a step asks of the person, in a few words. */
export function stepWords(step) {
  switch (step.kind) {
    case 'hold': return 'Hold';
    case 'release': return 'Release slowly';
    case 'move': return `Move: ${step.reps} reps`;
    case 'switch': return `Change to the ${step.side} side`;
    default: return 'Rest';
  }
}

/** "next: …" for the step after `i`: the next movement when this one's last step is running. */
export function nextWords(steps, i) {
  const next = steps[i + 1];
  if (!next) return 'Next: the end, then how it went';
  if (next.index !== steps[i].index) return `Next: ${next.item.name} (${dose(next.item)})`;
  return `Next: ${stepWords(next)}${next.side ? `, ${next.side} side` : ''}`;
}
