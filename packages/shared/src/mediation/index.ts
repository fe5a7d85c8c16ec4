/** The mediation slice of the shared package (DOMAIN §6): enums and labels, committee rules, the dispute workflow and clock, figures, contracts. */
export * from './mediation-enums';
export * from './mediation-labels';
export * from './committee-rules';
export * from './dispute-clock';
export * from './dossier';
export * from './dispute-workflow';
export * from './mediation-states';
export * from './mediation-figures';
export * from './mediation-contracts';
export * from './mediation-endpoints';
