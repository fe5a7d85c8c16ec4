import { ROLES } from '../auth/roles';
import { ACCESS_ACTIONS, CAPABILITIES, PENDING_RESIDENT, RECORD_KINDS, type AccessRole } from './capabilities';
import { PUBLIC_ROUTE_PREFIXES, ROUTE_ACCESS } from './route-access';

const ACTION_MARK = { read: 'R', write: 'W', export: 'X' } as const;

/** The capability table and the route list as one markdown page (docs/capabilities.md is this text). */
export function capabilityDoc(): string {
  const roles: AccessRole[] = [...ROLES, PENDING_RESIDENT];
  const lines = [
    '# Capability table',
    '',
    'Generated from `packages/shared/src/access/` by `npm run docs:capabilities`; a test fails when',
    'this page and the code differ. R = read, W = write, X = export (Excel). The table says what a',
    "role may do at all; the caller's posts in the org tree say where (the scope). A role missing",
    'from a cell is refused with 403 before the route runs; a record outside the scope is 404.',
    '',
    `| record kind | what it is | ${roles.join(' | ')} |`,
    `| --- | --- | ${roles.map(() => '---').join(' | ')} |`,
  ];
  for (const kind of RECORD_KINDS) {
    const cap = CAPABILITIES[kind];
    const cells = roles.map(
      (role) =>
        ACCESS_ACTIONS.filter((a) => (cap[a] as readonly AccessRole[]).includes(role))
          .map((a) => ACTION_MARK[a])
          .join('') || '·',
    );
    lines.push(`| \`${kind}\` | ${cap.about} | ${cells.join(' | ')} |`);
  }
  lines.push('', '## Routes', '', '| route | asks |', '| --- | --- |');
  for (const [route, access] of Object.entries(ROUTE_ACCESS)) {
    lines.push(`| \`${route}\` | ${'public' in access ? `public: ${access.public}` : `${access.action} \`${access.kind}\``} |`);
  }
  lines.push('', `Public prefixes (no table entry needed): ${PUBLIC_ROUTE_PREFIXES.map((p) => `\`${p}\``).join(', ')}.`, '');
  return lines.join('\n');
}
