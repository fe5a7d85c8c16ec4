import type { CaseCategoryView } from './case-contracts';

/** The kind of a case category: 部件 (components), 事件 (events), 民生诉求, 社会治理. */
export type CaseCategoryKind = CaseCategoryView['kind'];

/** The inputs 核实 must carry besides the action itself: `photos` is the photo list, the others are action fields. */
export type VerifyEvidence = readonly ('note' | 'photos')[];

/**
 * What site verification 核实 must bring, by the case's category (issue "first day", item 4): always a note of what was
 * found; for a 部件 category (a lamp, a manhole cover, a bench) a photo too, because the object's state is what a
 * later check and the department will compare against. A case not yet classified needs the note.
 */
export function verifyEvidenceFor(kind: CaseCategoryKind | null | undefined): VerifyEvidence {
  return kind === 'component' ? ['note', 'photos'] : ['note'];
}

/** The fields' Chinese words for the refusal when evidence is missing. */
export const VERIFY_EVIDENCE_MESSAGES: Record<VerifyEvidence[number], string> = {
  note: '请填写核实情况',
  photos: '部件类问题请上传至少一张现场照片',
};
