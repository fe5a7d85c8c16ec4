/** Every Drizzle table, gathered for the migrator and for typed queries. */
export * from '../../modules/org/org.tables';
export * from '../../modules/residents/residents.tables';
export * from '../../modules/auth/auth.tables';
export * from '../audit/audit.tables';
