import { describe, expect, it } from 'vitest';
import { exportDocx } from '../core/docx/export-docx';
import { sampleDraft } from '../core/docx/fixtures/sample-draft';
import { convertDocxToPdf, findSoffice, NO_LIBREOFFICE } from './pdf';

describe('docx → PDF through LibreOffice', () => {
  it('says in Chinese what to do when LibreOffice is not installed', async () => {
    expect(findSoffice('win32', () => false)).toBeNull();
    expect(findSoffice('darwin', (p) => p.startsWith('/Applications/'))).toBe('/Applications/LibreOffice.app/Contents/MacOS/soffice');
    await expect(convertDocxToPdf(new Uint8Array([1]), { soffice: null })).rejects.toThrow(NO_LIBREOFFICE);
    await expect(convertDocxToPdf(new Uint8Array([1]), { soffice: '/nonexistent/soffice' })).rejects.toThrow(NO_LIBREOFFICE);
  });

  it.skipIf(!findSoffice())('converts an export into a PDF (skipped only without soffice; .ci/run installs it)', async () => {
    const pdf = await convertDocxToPdf(await exportDocx(sampleDraft()));
    expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe('%PDF-');
    expect(pdf.byteLength).toBeGreaterThan(10_000);
  });
});
