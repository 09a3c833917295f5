// Password hashing (argon2id through @node-rs/argon2, prebuilt, no install script) and first passwords.
import { randomInt } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";
import { AppError } from "../../../shared/api/errors";

/** Shortest password a person may choose. */
export const MIN_PASSWORD_LENGTH = 10;

// Algorithm.Argon2id is an ambient const enum (not importable under verbatimModuleSyntax): its value is 2.
const ARGON2ID = 2;

/** Hashes a password with argon2id (OWASP's minimum: 19 MiB, 2 passes). */
export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
}

/** True when `password` matches the stored argon2 hash (a malformed hash is simply no match). */
export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/** Refuses a password that is too short or too plain, in Chinese. */
export function checkNewPassword(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new AppError("BAD_INPUT", `密码至少需要 ${MIN_PASSWORD_LENGTH} 个字符。`);
  }
  if (/^(.)\1*$/.test(password) || /^\d+$/.test(password)) {
    throw new AppError("BAD_INPUT", "密码过于简单：请不要只用数字或同一个字符。");
  }
}

// No 0/O, 1/l/I: the 管理员 reads it aloud or writes it on paper.
const FIRST_PASSWORD_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** A random one-time first password (16 characters, about 92 bits). */
export function generateFirstPassword(): string {
  let out = "";
  for (let i = 0; i < 16; i += 1) out += FIRST_PASSWORD_ALPHABET[randomInt(FIRST_PASSWORD_ALPHABET.length)];
  return out;
}
