/** The cases module's public face on the web: other modules import only from here. */
export { CategoryTreeSelect } from './CategoryTreeSelect';
export { useDistrictDepartments } from './DepartmentSelect';
