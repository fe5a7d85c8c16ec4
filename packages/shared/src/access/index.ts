export * from './capabilities';
export * from './route-access';
export * from './capability-doc';
