import { RESIDENCE_CLAIM_WORKFLOW } from '../auth/residence-claim-workflow';
import { CASE_WORKFLOW } from '../cases/case-workflow';
import { DEADLINE_CLOCK_WORKFLOW } from '../cases/deadline-clock-workflow';
import { CLAIM_WORKFLOW, MEMBER_REGISTRATION_WORKFLOW, NEED_WORKFLOW, WISH_WORKFLOW } from '../claims/claim-workflow';
import { ORDER_WORKFLOW } from '../claims/service-order-workflow';
import { SIGNUP_WORKFLOW } from '../volunteers/signup-workflow';
import { DISPUTE_WORKFLOW } from '../mediation/dispute-workflow';
import { MEETING_WORKFLOW } from '../deliberation/meeting-workflow';
import { REGISTRATION_WORKFLOW } from '../deliberation/registration-workflow';
import { SUGGESTION_WORKFLOW } from '../deliberation/suggestion-workflow';
import { VOTE_WORKFLOW } from '../deliberation/vote-workflow';
import { spliceGenerated, workflowTables, type Workflow, type WorkflowTypes } from '../workflow';

/** One generated section of a workflow page: the workflow's name (its markers) and its tables. */
interface Section {
  name: string;
  /** The exported constant that defines it, named in the page. */
  constName: string;
  tables: () => string;
}

const section = <T extends WorkflowTypes>(workflow: Workflow<T>, constName: string): Section => ({
  name: workflow.name,
  constName,
  tables: () => workflowTables(workflow, constName),
});

/** Every page under docs/workflows/ and the workflows generated into it, in page order (a function, so bundles that never ask drop it). */
export const workflowPages = (): readonly { file: string; sections: readonly Section[] }[] => [
  { file: 'cases.md', sections: [section(CASE_WORKFLOW, 'CASE_WORKFLOW')] },
  { file: 'deadline-clock.md', sections: [section(DEADLINE_CLOCK_WORKFLOW, 'DEADLINE_CLOCK_WORKFLOW')] },
  {
    file: 'claims.md',
    sections: [
      section(CLAIM_WORKFLOW, 'CLAIM_WORKFLOW'),
      section(NEED_WORKFLOW, 'NEED_WORKFLOW'),
      section(WISH_WORKFLOW, 'WISH_WORKFLOW'),
      section(MEMBER_REGISTRATION_WORKFLOW, 'MEMBER_REGISTRATION_WORKFLOW'),
    ],
  },
  { file: 'service-orders.md', sections: [section(ORDER_WORKFLOW, 'ORDER_WORKFLOW')] },
  { file: 'volunteer-signups.md', sections: [section(SIGNUP_WORKFLOW, 'SIGNUP_WORKFLOW')] },
  { file: 'residence-claims.md', sections: [section(RESIDENCE_CLAIM_WORKFLOW, 'RESIDENCE_CLAIM_WORKFLOW')] },
  { file: 'mediation.md', sections: [section(DISPUTE_WORKFLOW, 'DISPUTE_WORKFLOW')] },
  {
    file: 'deliberation.md',
    sections: [
      section(MEETING_WORKFLOW, 'MEETING_WORKFLOW'),
      section(REGISTRATION_WORKFLOW, 'REGISTRATION_WORKFLOW'),
      section(SUGGESTION_WORKFLOW, 'SUGGESTION_WORKFLOW'),
      section(VOTE_WORKFLOW, 'VOTE_WORKFLOW'),
    ],
  },
];

/** A workflow page with its generated sections redone from the definitions; the hand-written prose around them is kept. */
export function workflowPage(file: string, current: string): string {
  const page = workflowPages().find((p) => p.file === file);
  if (!page) throw new Error(`docs/workflows/${file} is not a workflow page`);
  return page.sections.reduce((text, s) => spliceGenerated(text, s.name, s.tables()), current);
}
