// Personal Ed25519 keys: generation, signing, verification, and the private key encrypted under a password.
// node:crypto does it all (Ed25519 since Node 12, scrypt as the memory-hard KDF), so no native module is needed.
import {
  createCipheriv,
  createDecipheriv,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  randomBytes,
  scryptSync,
  sign as cryptoSign,
  verify as cryptoVerify,
  type KeyObject,
} from "node:crypto";
import { z } from "zod";
import type { SignatureCheck } from "../../../../shared/people/roster";
import { sha256 } from "../workflow/content-hash";

/** scrypt cost: N = 2^15, r = 8 (32 MiB, ~0.1 s here) — memory-hard, so a stolen key file resists guessing. */
const SCRYPT = { N: 1 << 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 } as const;

/** A private key at rest: PKCS#8 DER sealed with AES-256-GCM under a key derived from the password by scrypt. */
export const SealedKey = z.object({
  kdf: z.literal("scrypt"),
  N: z
    .number()
    .int()
    .min(1024)
    .max(1 << 20),
  r: z.number().int().min(1).max(32),
  p: z.number().int().min(1).max(16),
  salt: z.string().max(100),
  iv: z.string().max(100),
  tag: z.string().max(100),
  data: z.string().max(1000),
});
/** A sealed private key. */
export type SealedKey = z.infer<typeof SealedKey>;

/** A fresh key pair: the public key as base64 SPKI DER (what the roster stores) and the private key object. */
export function generatePersonKey(): { publicKey: string; privateKey: KeyObject } {
  const { publicKey, privateKey } = generateKeyPairSync("ed25519");
  return { publicKey: publicKey.export({ type: "spki", format: "der" }).toString("base64"), privateKey };
}

function deriveKey(password: string, salt: Buffer, cost: { N: number; r: number; p: number }): Buffer {
  return scryptSync(password.normalize("NFC"), salt, 32, { ...cost, maxmem: SCRYPT.maxmem });
}

/** Seals a private key under a password (never written in clear). */
export function sealPrivateKey(privateKey: KeyObject, password: string): SealedKey {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", deriveKey(password, salt, SCRYPT), iv);
  const der = privateKey.export({ type: "pkcs8", format: "der" });
  const data = Buffer.concat([cipher.update(der), cipher.final()]);
  return {
    kdf: "scrypt",
    N: SCRYPT.N,
    r: SCRYPT.r,
    p: SCRYPT.p,
    salt: salt.toString("base64"),
    iv: iv.toString("base64"),
    tag: cipher.getAuthTag().toString("base64"),
    data: data.toString("base64"),
  };
}

/** Opens a sealed key with the password; null when the password is wrong (or the file was tampered with). */
export function openPrivateKey(sealed: SealedKey, password: string): KeyObject | null {
  try {
    const key = deriveKey(password, Buffer.from(sealed.salt, "base64"), sealed);
    const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(sealed.iv, "base64"));
    decipher.setAuthTag(Buffer.from(sealed.tag, "base64"));
    const der = Buffer.concat([decipher.update(Buffer.from(sealed.data, "base64")), decipher.final()]);
    return createPrivateKey({ key: der, format: "der", type: "pkcs8" });
  } catch {
    return null;
  }
}

/** The base64 SPKI public key of a private key. */
export function publicKeyOf(privateKey: KeyObject): string {
  return createPublicKey(privateKey).export({ type: "spki", format: "der" }).toString("base64");
}

/** Signs a message (UTF-8) with Ed25519; base64 signature. */
export function signMessage(privateKey: KeyObject, message: string): string {
  return cryptoSign(null, Buffer.from(message, "utf8"), privateKey).toString("base64");
}

/** True when `signature` is `publicKey`'s Ed25519 signature of `message`; false for any malformed input. */
export function verifyMessage(publicKey: string, message: string, signature: string): boolean {
  try {
    const key = createPublicKey({ key: Buffer.from(publicKey, "base64"), format: "der", type: "spki" });
    if (key.asymmetricKeyType !== "ed25519") return false;
    return cryptoVerify(null, Buffer.from(message, "utf8"), key, Buffer.from(signature, "base64"));
  } catch {
    return false;
  }
}

/** Hashing and verification for the pure roster and audit checks. */
export const nodeSignatureCheck: SignatureCheck = { sha256: (text) => sha256(text), verify: verifyMessage };
