/** The claims slice of the shared package (DOMAIN §3–4): enums, workflows, contracts, labels. */
export * from './claims-enums';
export * from './claim-workflow';
export * from './claims-contracts';
export * from './claims-labels';
export * from './claims-settings';
export * from './claims-meeting-contracts';
export * from './service-order-workflow';
export * from './service-order-contracts';
export * from './claims-stats-contracts';
export * from './claims-endpoints';
export * from './claims-states';
