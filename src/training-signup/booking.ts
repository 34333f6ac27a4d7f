/**
 * What the training signup needs only once a person chooses a session — the booking form, the
 * words after sending, the calendar file — fetched after the list of sessions is on screen.
 */
export {booking, statusWords} from './booking-view.js';
export {sessionCalendar} from './ics.js';
