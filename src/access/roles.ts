/** The roles a user can hold in an authority, in the words the service uses. */
export const ROLES = {
  practitioner: 'Practitioner',
  team_manager: 'Team manager',
  head_of_service: 'Head of service',
  performance_analyst: 'Performance analyst',
  administrator: 'Administrator',
  front_door: 'Front door screener',
  iro: 'IRO / CP chair',
  emergency_duty: 'Emergency duty',
  privacy_officer: 'Privacy officer',
} as const;

export type Role = keyof typeof ROLES;

/** Every role, in the order above. */
export const ALL_ROLES = Object.keys(ROLES) as Role[];

export function isRole(value: string): value is Role {
  return Object.hasOwn(ROLES, value);
}
