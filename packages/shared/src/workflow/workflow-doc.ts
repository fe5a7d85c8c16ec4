import { actionsOf } from './decide';
import type { ActionRule, Workflow, WorkflowTypes } from './workflow-types';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const list = (items: readonly string[] | undefined) => (items?.length ? items.map((i) => `\`${i}\``).join(', ') : '—');

function target<T extends WorkflowTypes>(rule: ActionRule<T>): string {
  if (typeof rule.to === 'function') return rule.toLabel ?? '';
  return rule.to === 'same' ? 'same' : `\`${rule.to}\``;
}

function notes<T extends WorkflowTypes>(rule: ActionRule<T>, anyOffered: boolean): string {
  const parts = [rule.note ?? ''];
  if (rule.takenIn?.length) parts.push(`\`ITEM_TAKEN\` in ${list(rule.takenIn)}`);
  if (rule.offered === false && anyOffered) parts.push('not offered as a button');
  return parts.filter(Boolean).join('; ');
}

/** The generated part of a workflow's docs: its states (label, limit, sets) and its transition table, in markdown. */
export function workflowTables<T extends WorkflowTypes>(wf: Workflow<T>, constName: string): string {
  const setNames = Object.keys(wf.sets) as (keyof typeof wf.sets)[];
  const limitText = (s: T['state']) => {
    const limit = wf.limits[s];
    return limit ? `${limit}${wf.limitLabels ? ` ${wf.limitLabels[limit]}` : ''}` : '—';
  };
  const hasLimits = Object.keys(wf.limits).length > 0;
  const anyOffered = actionsOf(wf).some((a) => wf.actions[a].offered !== false);
  const lines = [
    `_${wf.title}: generated from \`${constName}\` by \`npm run docs:workflows\`; edit the definition, not these tables._`,
    '',
    `| state | label |${hasLimits ? ' limit that runs |' : ''} in sets |`,
    `| --- | --- |${hasLimits ? ' --- |' : ''} --- |`,
    ...wf.states.map((s) => {
      const sets = setNames.filter((n) => wf.sets[n].includes(s)).map(String);
      return `| \`${s}\` | ${wf.stateLabels?.[s] ?? ''} |${hasLimits ? ` ${limitText(s)} |` : ''} ${sets.join(', ') || '—'} |`;
    }),
    '',
    '| action | label | from → to | who | required | optional | guard | notes |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...(wf.start
      ? [`| ${['(start)', wf.start.label ?? '', `— → ${list(wf.start.to)}`, wf.start.whoLabel, '', '', '', wf.start.note ?? ''].map(cell).join(' | ')} |`]
      : []),
    ...actionsOf(wf).map((action) => {
      const rule: ActionRule<T> = wf.actions[action];
      const row = [
        `\`${action}\``,
        rule.label ?? '',
        `${rule.from.join(', ')} → ${target(rule)}`,
        rule.whoLabel,
        list(rule.required),
        list(rule.optional),
        rule.guardText ?? '',
        notes(rule, anyOffered),
      ];
      return `| ${row.map(cell).join(' | ')} |`;
    }),
  ];
  return lines.join('\n');
}

/** The markers around a generated section named `name` in a docs page. */
export function generatedMarkers(name: string): { begin: string; end: string } {
  return { begin: `<!-- generated:begin ${name} -->`, end: `<!-- generated:end ${name} -->` };
}

/**
 * Puts `body` between the markers of section `name` in `page`, keeping every hand-written line
 * outside them. Throws when the page lacks the markers, so a new workflow cannot go undocumented.
 */
export function spliceGenerated(page: string, name: string, body: string): string {
  const { begin, end } = generatedMarkers(name);
  const from = page.indexOf(begin);
  const to = page.indexOf(end);
  if (from < 0 || to < from) throw new Error(`no "${begin}" … "${end}" markers in the page`);
  return `${page.slice(0, from + begin.length)}\n${body}\n${page.slice(to)}`;
}
