/**
 * The EICAR anti-virus test string (68 bytes): harmless, and detected by every virus scanner by
 * agreement. It is assembled at run time so that this source file does not itself trip a scanner
 * on a developer's machine.
 */
export function eicarTestString(): string {
  return ['X5O!P%@AP[4\\PZX54(P^)7CC)7}$', 'EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*'].join('');
}
