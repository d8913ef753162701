/**
 * Locking a handover file with a passphrase the peer mentor and the supervisor agree on.
 * WebCrypto only (no cryptography of our own): the key comes from the passphrase with
 * PBKDF2-SHA-256 (600,000 rounds, as OWASP's Password Storage Cheat Sheet asks for
 * PBKDF2-HMAC-SHA256), a random 16-byte salt; the text is encrypted with AES-GCM (256-bit
 * key, random 12-byte nonce). Salt, nonce and rounds are written in the file, beside the
 * encrypted text. AES-GCM checks its tag, so a wrong passphrase and a changed byte both
 * fail to open, and nothing half-decrypted is ever used.
 * @see https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html#pbkdf2
 */
import { HANDOVER_FORMAT_VERSION, LOCKED_FORMAT, type LockedFile } from './schema';

/** PBKDF2 rounds for new files. */
export const PBKDF2_ITERATIONS = 600_000;
const SALT_BYTES = 16;
const NONCE_BYTES = 12;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function keyFrom(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

/**
 * Locks a handover file's text with a passphrase.
 * @param iterations PBKDF2 rounds (tests may not go below 600,000 either: the schema refuses it).
 */
export async function lockText(text: string, passphrase: string, iterations = PBKDF2_ITERATIONS): Promise<LockedFile> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const nonce = crypto.getRandomValues(new Uint8Array(NONCE_BYTES));
  const key = await keyFrom(passphrase, salt, iterations);
  const data = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv: nonce }, key, new TextEncoder().encode(text)));
  return {
    format: LOCKED_FORMAT,
    formatVersion: HANDOVER_FORMAT_VERSION,
    cipher: 'AES-GCM-256/PBKDF2-SHA-256',
    iterations,
    salt: toBase64(salt),
    nonce: toBase64(nonce),
    data: toBase64(data),
  };
}

/**
 * Unlocks a locked file. Never throws.
 * @returns the handover text, or null when the passphrase is wrong or the bytes were
 *   changed (AES-GCM cannot tell the two apart, and neither can anyone else).
 */
export async function unlockText(file: LockedFile, passphrase: string): Promise<string | null> {
  try {
    const key = await keyFrom(passphrase, fromBase64(file.salt), file.iterations);
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(file.nonce) }, key, fromBase64(file.data));
    return new TextDecoder('utf-8', { fatal: true }).decode(plain);
  } catch {
    return null;
  }
}
