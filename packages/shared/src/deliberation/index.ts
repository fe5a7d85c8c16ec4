/** The deliberation slice of the shared package (DOMAIN §5): meetings, registrations, suggestions, their rules and contracts. */
export * from './deliberation-enums';
export * from './meeting-rules';
export * from './deliberation-states';
export * from './meeting-workflow';
export * from './registration-workflow';
export * from './suggestion-workflow';
export * from './deliberation-contracts';
export * from './deliberation-endpoints';
export * from './deliberation-roles';
export * from './vote-enums';
export * from './vote-rules';
export * from './vote-workflow';
export * from './vote-contracts';
