/** The residents module's public face on the web: other modules import only from here. */
export { residentColumns } from './resident-columns';
export { useHouseholdResidents } from './resident-queries';
