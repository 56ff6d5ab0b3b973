import { roleHasPermission } from '../../../shared/permissions';
import type { FeatureHandlers } from '../handlers';
import { checkDuplicates, createCaseForPerson, createIntake } from './case-intake-service';
import { auditedFilters, auditedQueryText, listMentorOptions, searchCases } from './cases-search';

type IntakeHandlers = Pick<
  FeatureHandlers<'cases'>,
  | 'cases.search'
  | 'cases.mentorOptions'
  | 'cases.checkDuplicates'
  | 'cases.create'
  | 'cases.createForPerson'
>;

/** Registering people and finding them again (the case page's methods are case-file-handlers). */
export function caseIntakeHandlers(): IntakeHandlers {
  return {
    'cases.search': async (input, call) => {
      const page = await searchCases(call.db, input, {
        byNationalId: roleHasPermission(call.user.role, 'cases.reveal'),
      });
      // Every search is a read of personal data: its text (masked when it may be an ID or a
      // phone), its filters and how many cases it found.
      await call.audit.record({
        action: 'case.searched',
        outcome: 'success',
        actor: call.actor,
        details: {
          query: auditedQueryText(input.text),
          filters: auditedFilters(input),
          total: page.total,
        },
      });
      return page;
    },
    'cases.mentorOptions': (_input, call) => listMentorOptions(call.db),
    'cases.checkDuplicates': (input, call) => checkDuplicates(call, input),
    'cases.create': (input, call) => createIntake(call, input),
    'cases.createForPerson': (input, call) => createCaseForPerson(call, input),
  };
}
