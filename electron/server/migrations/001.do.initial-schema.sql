-- ReplyDesk 单位服务器: the first schema. Records are stored as validated JSON (the application parses them with
-- the same zod schemas as the desktop); the columns beside them are what the database must enforce or index.

-- Refuses any change to a row once written: audit entries, versions, roster and account events are append-only.
CREATE FUNCTION replydesk_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TABLE drafts (
  id text PRIMARY KEY,
  revision integer NOT NULL CHECK (revision >= 1),
  status text NOT NULL,
  updated_at text NOT NULL,
  trashed_at text,
  summary jsonb NOT NULL,
  draft jsonb NOT NULL
);
CREATE INDEX drafts_by_update ON drafts (updated_at DESC);

CREATE TABLE versions (
  draft_id text NOT NULL,
  n integer NOT NULL CHECK (n >= 1),
  hash text NOT NULL,
  record jsonb NOT NULL,
  PRIMARY KEY (draft_id, n)
);
CREATE TRIGGER versions_append_only BEFORE UPDATE OR DELETE ON versions
  FOR EACH ROW EXECUTE FUNCTION replydesk_refuse_change();
CREATE TRIGGER versions_no_truncate BEFORE TRUNCATE ON versions
  FOR EACH STATEMENT EXECUTE FUNCTION replydesk_refuse_change();

CREATE TABLE comments (
  id text PRIMARY KEY,
  draft_id text NOT NULL,
  pos bigserial NOT NULL,
  record jsonb NOT NULL
);
CREATE INDEX comments_by_draft ON comments (draft_id, pos);

-- One hash chain per draft: seq has no gaps and each entry names the previous entry's hash.
CREATE TABLE audit_entries (
  draft_id text NOT NULL,
  seq integer NOT NULL CHECK (seq >= 1),
  hash text NOT NULL,
  prev_hash text NOT NULL,
  entry jsonb NOT NULL,
  PRIMARY KEY (draft_id, seq),
  UNIQUE (draft_id, hash)
);
CREATE FUNCTION replydesk_audit_links() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.seq > 1 AND NOT EXISTS (
    SELECT 1 FROM audit_entries WHERE draft_id = NEW.draft_id AND seq = NEW.seq - 1 AND hash = NEW.prev_hash
  ) THEN
    RAISE EXCEPTION 'audit entry % of % does not extend the chain', NEW.seq, NEW.draft_id
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER audit_entries_links BEFORE INSERT ON audit_entries
  FOR EACH ROW EXECUTE FUNCTION replydesk_audit_links();
CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE ON audit_entries
  FOR EACH ROW EXECUTE FUNCTION replydesk_refuse_change();
CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON audit_entries
  FOR EACH STATEMENT EXECUTE FUNCTION replydesk_refuse_change();

-- The 发文字号 register: one counter row per 代字 and year (locked by the allocating transaction).
CREATE TABLE number_counters (
  code text NOT NULL,
  year integer NOT NULL,
  last integer NOT NULL CHECK (last >= 0),
  PRIMARY KEY (code, year)
);
CREATE TABLE number_allocations (
  number text PRIMARY KEY,
  code text NOT NULL,
  year integer NOT NULL,
  seq integer NOT NULL CHECK (seq >= 1),
  draft_id text NOT NULL,
  state text NOT NULL CHECK (state IN ('allocated', 'cancelled')),
  pos bigserial NOT NULL,
  record jsonb NOT NULL,
  UNIQUE (code, year, seq)
);
-- A draft holds at most one live number per 代字 and year (a double click does not burn a number).
CREATE UNIQUE INDEX number_allocations_held ON number_allocations (draft_id, code, year) WHERE state = 'allocated';
CREATE TRIGGER number_allocations_no_delete BEFORE DELETE ON number_allocations
  FOR EACH ROW EXECUTE FUNCTION replydesk_refuse_change();

CREATE TABLE templates (
  id text PRIMARY KEY,
  name text NOT NULL UNIQUE,
  pos bigserial NOT NULL,
  record jsonb NOT NULL
);

CREATE TABLE settings (
  id integer PRIMARY KEY CHECK (id = 1),
  value jsonb NOT NULL
);

-- The roster as a signed, chained list of entries (filled by the people-and-signatures work).
CREATE TABLE roster_entries (
  seq integer PRIMARY KEY CHECK (seq >= 1),
  hash text NOT NULL UNIQUE,
  prev_hash text NOT NULL,
  entry jsonb NOT NULL
);
CREATE TRIGGER roster_entries_append_only BEFORE UPDATE OR DELETE ON roster_entries
  FOR EACH ROW EXECUTE FUNCTION replydesk_refuse_change();

-- Accounts of the people who sign in to the server.
CREATE TABLE people (
  id text PRIMARY KEY,
  login text NOT NULL UNIQUE,
  name text NOT NULL,
  roles text[] NOT NULL,
  password_hash text,
  must_change_password boolean NOT NULL,
  failed_attempts integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  disabled boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL
);

-- Only the SHA-256 of a session token is stored: a database dump does not let anyone sign in.
CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  person_id text NOT NULL REFERENCES people (id),
  created_at timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL,
  ended_at timestamptz
);
CREATE INDEX sessions_by_person ON sessions (person_id);

-- Sign-in, sign-out, failures, locks and password changes.
CREATE TABLE account_events (
  id bigserial PRIMARY KEY,
  time timestamptz NOT NULL,
  person_id text,
  login text NOT NULL,
  event text NOT NULL,
  details jsonb NOT NULL DEFAULT '{}'
);
CREATE TRIGGER account_events_append_only BEFORE UPDATE OR DELETE ON account_events
  FOR EACH ROW EXECUTE FUNCTION replydesk_refuse_change();
CREATE TRIGGER account_events_no_truncate BEFORE TRUNCATE ON account_events
  FOR EACH STATEMENT EXECUTE FUNCTION replydesk_refuse_change();
