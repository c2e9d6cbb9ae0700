// How hard a passphrase is to guess, with zxcvbn (dictionaries, keyboard patterns,
// dates), not a count of character classes.
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';

const zxcvbn = new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });

/** The shortest passphrase accepted at all. */
export const MIN_PASSPHRASE_LENGTH = 10;

export type Strength = 'too-short' | 'weak' | 'fair' | 'strong';

export function passphraseStrength(passphrase: string): Strength {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) return 'too-short';
  const { score } = zxcvbn.check(passphrase);
  if (score <= 2) return 'weak';
  return score === 3 ? 'fair' : 'strong';
}

/** age public keys as `age-keygen` prints them (Bech32, lower case). */
export function looksLikeAgeRecipient(key: string): boolean {
  return /^age1[02-9ac-hj-np-z]{58}$/.test(key.trim());
}
