import { describe, expect, it } from 'vitest';
import { backupName, exportName, joinPath, parseRecipients, previewKind } from '../lib/handover';

const KEY = 'age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p';

describe('handover helpers', () => {
  it('names a package after the time, encrypted ones as .tar.age', () => {
    const at = new Date(2026, 10, 30, 9, 5, 7);
    expect(exportName(at, false)).toBe('waarborg-export-2026-11-30-090507');
    expect(exportName(at, true)).toBe('waarborg-export-2026-11-30-090507.tar.age');
    expect(backupName(at)).toBe('waarborg-backup-2026-11-30-090507.tar.age');
  });

  it('joins paths with the platform separator', () => {
    expect(joinPath('/media/usb', 'x')).toBe('/media/usb/x');
    expect(joinPath('/media/usb/', 'x')).toBe('/media/usb/x');
    expect(joinPath('E:\\', 'x')).toBe('E:\\x');
    expect(joinPath('C:\\Users\\an', 'x')).toBe('C:\\Users\\an\\x');
  });

  it('accepts age keys in any layout and reports every bad one', () => {
    expect(parseRecipients(`${KEY}\n\n ${KEY},`)).toEqual({ valid: [KEY], invalid: [] });
    const bad = parseRecipients(`${KEY} age1short ssh-ed25519`);
    expect(bad.valid).toEqual([KEY]);
    expect(bad.invalid).toEqual(['age1short', 'ssh-ed25519']);
    expect(parseRecipients('  ')).toEqual({ valid: [], invalid: [] });
  });

  it('shows images, PDFs and text, and nothing else', () => {
    expect(previewKind('0001_Foto.JPEG')).toBe('image');
    expect(previewKind('0002_Beschikking.pdf')).toBe('pdf');
    expect(previewKind('index.csv')).toBe('text');
    expect(previewKind('0003_page.html')).toBe('none');
    expect(previewKind('0004_noext')).toBe('none');
  });
});
