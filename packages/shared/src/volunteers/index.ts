/** The volunteers slice of the shared package (DOMAIN §4): enums, the sign-up workflow, contracts. */
export * from './volunteer-enums';
export * from './signup-workflow';
export * from './volunteer-contracts';
export * from './volunteer-endpoints';
export * from './volunteer-states';
