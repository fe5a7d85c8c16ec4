/** The residents module's public face: other modules import only from here. */
export { findResidentLoginFacts, listHouseholdsUnder } from './residents.repository';
export { addDemoHousehold } from './demo-households';
export { searchResidents } from './residents.search';
export { registerResidentRoutes } from './residents.routes';
