/** The volunteers module's public face: other modules import only from here. */
export { registerVolunteerRoutes } from './volunteers.routes';
export { volunteerFigures } from './figures.service';
export { volunteerActivities, volunteerSignUps, volunteerTeams, volunteerSkills } from './volunteers.tables';
