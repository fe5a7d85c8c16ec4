export * from './geo-contracts';
export * from './geo-zoom';
export * from './geo-endpoints';
