// The contract's values come from the API (/api/vocabulary); this module only words them for people.

import { api } from './api.js';
import { humanize } from './format.js';

const LABELS = {
  regions: {
    neck: 'Neck', shoulders: 'Shoulders', 'upper-back': 'Upper back', 'lower-back': 'Lower back',
    hips: 'Hips', knees: 'Knees', ankles: 'Ankles', wrists: 'Wrists', hands: 'Hands',
  },
  muscles: {
    glutes: ['Glutes', 'buttocks'], abdominals: ['Abdominals', 'belly'], 'hip-flexors': ['Hip flexors', 'front of the hip'],
    hamstrings: ['Hamstrings', 'back of the thigh'], quadriceps: ['Quadriceps', 'front of the thigh'],
    'glute-medius': ['Glute medius', 'side of the hip'], 'rotator-cuff': ['Rotator cuff', 'deep shoulder'],
    'scapular-stabilizers': ['Shoulder-blade muscles'], 'upper-traps': ['Upper traps', 'top of the shoulders'],
  },
  redFlags: {
    'sharp-pain': 'Is any of your pain sharp, stabbing or shooting, rather than a dull ache?',
    dizziness: 'Have you felt dizzy, faint or light-headed today?',
    'persistent-discomfort': 'Has the pain or discomfort lasted for weeks, or kept getting worse, without easing?',
  },
  settings: { home: 'At home', desk: 'At my desk', gym: 'At the gym' },
  days: {
    workday: 'A workday', 'lower-body': 'Lower-body training day', 'upper-body': 'Upper-body training day',
    'full-body': 'Full-body training day', recovery: 'Rest or recovery day', 'post-workout': 'Just finished a workout',
  },
  equipment: { wall: 'A clear wall', band: 'Resistance band' },
  conditions: {
    sedentary: 'I sit for most of the day',
    'early-fatigue': 'I tire early in the day',
    frustrated: "I'm frustrated that things aren't improving",
    sensitized: 'Everything feels sensitive; pain flares easily',
    'joint-inflammation': 'A joint is swollen or inflamed',
    'structural-issue': 'I have a known structural issue (such as arthritis or a disc problem)',
    'rounded-shoulders': 'My shoulders round forward',
    'knee-valgus': 'My knees cave inward when I squat',
    'ankle-instability': 'My ankles feel unstable or roll easily',
    'left-right-imbalance': 'One side is noticeably weaker than the other',
    'overhead-lifting': 'I lift or reach overhead in training or sport',
  },
  outcomeConditions: { frustrated: 'I felt frustrated', 'early-fatigue': 'I tired sooner than expected' },
  ratings: { 'too-hard': 'Too hard', right: 'About right', effortless: 'Effortless' },
  phases: {
    'warm-up': ['Warm up', 'Wake the body up and set your core.'],
    release: ['Release', 'Let tight muscles let go, slowly.'],
    activate: ['Activate', 'Switch on the muscles that have gone quiet.'],
    integrate: ['Integrate', 'Put them back to work in a whole movement.'],
    strengthen: ['Strengthen', 'Build strength on what you just switched on.'],
    mobility: ['Mobility', 'Move gently through your comfortable range.'],
    desk: ['At your desk', 'Small movements you can do without getting up.'],
    'cool-down': ['Cool down', 'Ease off and let things settle.'],
  },
  moments: {
    'start-of-day': 'Start of the day', 'every-interval': 'Every break', 'pre-meeting': 'Before a meeting',
    'mid-afternoon': 'Mid-afternoon', 'end-of-day': 'End of the day',
  },
};

// Conditions the check-in asks about first, because most people have them.
const CONDITION_ORDER = ['sedentary', 'early-fatigue', 'frustrated'];

export const SCALES = [['stiffness', 'Stiffness'], ['energy', 'Energy'], ['focus', 'Focus']];

/** The values of each field, filled by loadVocabulary. */
export const vocabulary = {};

/** [value, label, hint?] pairs for a field, in the contract's order. */
export function choices(field) {
  const labels = LABELS[field] || {};
  let values = vocabulary[field] || [];
  if (field === 'conditions') values = [...CONDITION_ORDER.filter((v) => values.includes(v)), ...values.filter((v) => !CONDITION_ORDER.includes(v))];
  return values.map((value) => {
    const label = labels[value];
    return Array.isArray(label) ? [value, ...label] : [value, label || humanize(value)];
  });
}

export const regionLabel = (region) => LABELS.regions[region] || humanize(region);
export const phaseWords = (phase) => LABELS.phases[phase] || [humanize(phase), ''];
export const momentLabel = (moment) => LABELS.moments[moment] || humanize(moment);

export async function loadVocabulary() {
  const response = await api('GET', '/api/vocabulary', { auth: false });
  Object.assign(vocabulary, await response.json());
}
