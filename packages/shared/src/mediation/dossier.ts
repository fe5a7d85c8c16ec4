import { DOSSIER_ITEMS, type DisputeState, type DossierItem } from './mediation-enums';

/** The dossier's checklist: which items are in the file. */
export type Dossier = Partial<Record<DossierItem, boolean>>;

/**
 * The items a dossier must hold before it is archived, by how the dispute ended (rules §4.3, with this
 * project's rule that every concluded dispute is visited): application, rights notice, identities,
 * records and the follow-up always; the agreement once one was reached; receipts once it was performed.
 */
export function requiredDossierItems(state: DisputeState): DossierItem[] {
  const base: DossierItem[] = ['application', 'rightsNotice', 'identities', 'records', 'followUp'];
  if (state === 'performed') return [...base, 'agreement', 'receipts'];
  if (state === 'breached' || state === 'agreed' || state === 'performing') return [...base, 'agreement'];
  return base;
}

/** The required items still missing, in checklist order. */
export function missingDossierItems(state: DisputeState, dossier: Dossier): DossierItem[] {
  const required = requiredDossierItems(state);
  return DOSSIER_ITEMS.filter((item) => required.includes(item) && !dossier[item]);
}
