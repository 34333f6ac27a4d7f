/** One record in readable words: labels for every answer, ids as their English names. */
import type {Envelope, HelplineCallbackData, IndicatorChecklistData, ReportConcernData, TrainingSignupData} from 'hope-widgets/wire';
import {exploitationWords, indicatorWords, placeWords} from '../labels.js';

export type Row = [label: string, value: unknown, opts?: {lang?: string}];

export function describe(e: Envelope): Row[] {
  const yes = (b: unknown) => (b === true ? 'Yes' : b === false ? 'No' : undefined);
  switch (e.schema) {
    case 'hope-widgets/report-concern@1': {
      const d = e.data as ReportConcernData;
      const r = d.reporter ?? ({} as ReportConcernData['reporter']);
      return [
        ['Someone in immediate danger', yes(d.immediateDanger)],
        ['Country', d.country],
        ['Kind of exploitation', d.exploitationTypes?.map(exploitationWords).join('\n')],
        ['Signs seen', d.indicators?.map(indicatorWords).join('\n')],
        ['What they saw or heard', d.description, {lang: e.locale}],
        ['Address or how to find it', d.place?.address, {lang: e.locale}],
        ['Town', d.place?.town, {lang: e.locale}],
        ['Postcode', d.place?.postcode],
        ['Business name', d.place?.businessName, {lang: e.locale}],
        ['Type of place', d.place?.placeType && placeWords(d.place.placeType)],
        ['Last seen', d.when?.date],
        ['Still happening', yes(d.when?.ongoing)],
        ['Time of day', d.when?.timeOfDay],
        ['How many people', d.people?.count],
        ['The people who may be exploited', d.people?.victims, {lang: e.locale}],
        ['Anyone controlling them', d.people?.controllers, {lang: e.locale}],
        ['Vehicles', d.people?.vehicles, {lang: e.locale}],
        ['Reporter', {anonymous: 'Anonymous: no contact details', confidential: 'Confidential: only this organisation may know who reported', share: 'May be shared with others who can help, such as the police'}[r.privacy] ?? r.privacy],
        ['How they know', r.relationship && {affected: 'It is happening to them', 'work-there': 'They work there', public: 'Member of the public', professional: 'Through their job'}[r.relationship]],
        ['Name', r.name, {lang: e.locale}],
        ['Phone', r.phone],
        ['Email', r.email],
        ['Safe to contact', r.safeToContact === false ? 'No: do not contact them at all' : yes(r.safeToContact)],
        ['Preferred way', r.preferredChannel],
        ['Preferred times', r.preferredTimes, {lang: e.locale}],
        ['Preferred language', r.preferredLanguage],
      ];
    }
    case 'hope-widgets/helpline-callback@1': {
      const d = e.data as HelplineCallbackData;
      return [
        ['Phone', d.phone],
        ['Safe to call', d.safeToCall ? 'Yes' : 'No: do not call without checking the note'],
        ['Best time', d.bestTime, {lang: e.locale}],
        ['Language', d.language],
        ['Note', d.note, {lang: e.locale}],
        ['Helpline', d.helplineId],
        ['Country', d.country],
      ];
    }
    case 'hope-widgets/indicator-checklist@1': {
      const d = e.data as IndicatorChecklistData;
      return [
        ['Signs ticked', d.indicators.map(indicatorWords).join('\n')],
        ['Kind of exploitation', d.exploitationTypes?.map(exploitationWords).join('\n')],
        ['Type of place', d.placeType && placeWords(d.placeType)],
      ];
    }
    case 'hope-widgets/training-signup@1': {
      const d = e.data as TrainingSignupData;
      const a = d.attendee;
      return [
        ['Session', `${d.session.title} (${d.session.start})`],
        ['Waiting list', yes(d.waitingList)],
        ['Name', a.name, {lang: e.locale}],
        ['Email', a.email],
        ['Phone', a.phone],
        ['Sector', a.sector],
        ['Organisation', a.organisation, {lang: e.locale}],
        ['Role', a.role, {lang: e.locale}],
        ['Heard about it from', a.heardFrom, {lang: e.locale}],
        ['Requirements', a.requirements, {lang: e.locale}],
        ['May be told about future training', yes(d.consent.futureTraining)],
      ];
    }
  }
  return [];
}
