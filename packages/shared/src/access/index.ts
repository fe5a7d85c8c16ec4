export * from './capabilities';
export * from './route-access';
export * from './capability-doc';
export * from './role-sets';
