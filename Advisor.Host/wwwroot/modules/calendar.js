// The workday as a calendar file: for a stored routine by its id, otherwise from the assessment.

import { $ } from './dom.js';
import { api, ApiError, describeFailure, download } from './api.js';
import { state } from './state.js';

/** Downloads the .ics for `plan` with the working hours in `query` (URLSearchParams). */
export async function downloadCalendar(plan, query) {
  const status = $('#reminders-status');
  status.textContent = '';
  try {
    const response = plan.personal && state.token
      ? await api('GET', `/api/routines/${encodeURIComponent(plan.routineId)}/calendar.ics?${query}`, { headers: { Accept: 'text/calendar' } })
      : await api('POST', `/api/calendar?${query}`, { body: plan.assessment, headers: { Accept: 'text/calendar' }, auth: false });
    await download(response, 'routine-advisor-workday.ics');
    status.textContent = 'The calendar file was downloaded: open it to add the breaks to your calendar.';
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    const fields = Object.values(error.problem?.errors || {}).flat();
    status.textContent = fields.length ? fields.join(' ') : describeFailure(error);
  }
}
