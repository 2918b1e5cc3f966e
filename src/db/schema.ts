import type { ColumnType, Generated, JSONColumnType } from 'kysely';

/** Table types, kept in step with migrations/*.sql. Dates are 'YYYY-MM-DD' strings. */
export interface Database {
  local_authority: LocalAuthorityTable;
  app_user: AppUserTable;
  user_role: UserRoleTable;
  web_session: WebSessionTable;
  audit_event: AuditEventTable;
  installation_setting: { name: string; value: string };
}

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface LocalAuthorityTable {
  la_code: string;
  name: string;
  created_at: Timestamp;
}

export interface AppUserTable {
  id: Generated<string>;
  username: string;
  display_name: string;
  password_hash: string | null;
  failed_sign_ins: Generated<number>;
  locked_until: Timestamp | null;
  disabled_at: Timestamp | null;
  created_at: Timestamp;
}

export interface UserRoleTable {
  la_code: string;
  user_id: string;
  role: string;
  granted_at: Timestamp;
}

export interface WebSessionTable {
  id_hash: string;
  data: JSONColumnType<Record<string, unknown>>;
  created_at: Timestamp;
  expires_at: Timestamp;
}

export interface AuditEventTable {
  la_code: string;
  id: Generated<string>;
  at: Timestamp;
  user_id: string | null;
  action: string;
  subject_type: string | null;
  subject_id: string | null;
  reason: string | null;
  detail: JSONColumnType<Record<string, unknown>>;
}
