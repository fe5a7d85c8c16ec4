import { DOSSIER_ITEMS, type DisputeState, type DossierItem } from './mediation-enums';
import { AGREEMENT_DISPUTE_STATES, PERFORMED_DISPUTE_STATES } from './mediation-states';

/** The dossier's checklist: which items are in the file. */
export type Dossier = Partial<Record<DossierItem, boolean>>;

/**
 * The items a dossier must hold before it is archived, by how the dispute ended (rules §4.3, with this
 * project's rule that every concluded dispute is visited): application, rights notice, identities,
 * records and the follow-up always; the agreement once one was reached; receipts once it was performed.
 */
export function requiredDossierItems(state: DisputeState): DossierItem[] {
  const base: DossierItem[] = ['application', 'rightsNotice', 'identities', 'records', 'followUp'];
  if (PERFORMED_DISPUTE_STATES.includes(state)) return [...base, 'agreement', 'receipts'];
  if (AGREEMENT_DISPUTE_STATES.includes(state)) return [...base, 'agreement'];
  return base;
}

/** The required items still missing, in checklist order. */
export function missingDossierItems(state: DisputeState, dossier: Dossier): DossierItem[] {
  const required = requiredDossierItems(state);
  return DOSSIER_ITEMS.filter((item) => required.includes(item) && !dossier[item]);
}
