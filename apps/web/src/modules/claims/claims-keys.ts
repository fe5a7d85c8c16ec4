/** Query keys of the claims module: invalidating a list key refreshes it under every filter. */
export const claimsKeys = {
  wishes: ['claims', 'wishes'] as const,
  wish: (id: string) => ['claims', 'wish', id] as const,
  needs: ['claims', 'needs'] as const,
  need: (id: string) => ['claims', 'need', id] as const,
  claims: ['claims', 'claims'] as const,
  resources: ['claims', 'resources'] as const,
  services: ['claims', 'services'] as const,
  units: ['claims', 'units'] as const,
  registrations: ['claims', 'registrations'] as const,
  pointRules: ['claims', 'point-rules'] as const,
  rewards: ['claims', 'rewards'] as const,
  orders: ['claims', 'orders'] as const,
  settings: ['claims', 'settings'] as const,
  order: (id: string) => ['claims', 'order', id] as const,
  dispatchUnits: (communityId: string) => ['claims', 'dispatch-units', communityId] as const,
};
