import type { BatchWriter, DemoHouseholdRow, DemoResidentRow } from '../org';
import { households, residents } from './residents.tables';

/** Queues a demo household and its residents on the demo generator's batch writer (the org tree's generator calls it per house). */
export async function addDemoHousehold(writer: BatchWriter, household: DemoHouseholdRow, members: readonly DemoResidentRow[]): Promise<void> {
  await writer.add(households, household);
  for (const member of members) await writer.add(residents, member);
}
