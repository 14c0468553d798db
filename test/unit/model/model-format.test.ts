import { describe, expect, it } from 'vitest';
import { decodeModel, encodeModel } from '../../../functions/text/model/model-format';
import type { TextModel } from '../../../functions/text/model/text-model';

const tinyModel = (): TextModel => ({
  features: { bucketBits: 3, charMin: 1, charMax: 5, repeatCap: 2 },
  groups: ['abuse', 'hate', 'spam'],
  parameters: [
    { bias: -1.25, scale: 0.015625, review: 0.4, block: 0.7 },
    { bias: -2.5, scale: 0.03125, review: 0.35, block: 0.8 },
    { bias: -3, scale: 0.0078125, review: 0.2, block: 0.2 },
  ],
  trainingDataSha256: 'ab'.repeat(32),
  // 8 buckets in 2 sets of two slots: tags 0-3 in the top byte, one slot left empty (tag 0xff).
  table: { setBits: 1, slots: Int32Array.from([0x00_7f_80_01, 0x03_00_00_ff, 0x01_11_22_33, 0xff << 24]) },
});

describe('model file format', () => {
  it('reads back exactly what it wrote', () => {
    // Prepare
    const model = tinyModel();

    // Act
    const decoded = decodeModel(encodeModel(model));

    // Assess
    expect(decoded).toEqual(model);
  });

  it('reads a model from a view into a larger buffer, as readFileSync returns it', () => {
    // Prepare
    const model = tinyModel();
    const encoded = encodeModel(model);
    const padded = Buffer.alloc(encoded.length + 16, 0x7f);
    padded.set(encoded, 16);

    // Act
    const decoded = decodeModel(padded.subarray(16));

    // Assess
    expect(decoded).toEqual(model);
  });

  it('writes the same bytes for the same model', () => {
    expect(encodeModel(tinyModel())).toEqual(encodeModel(tinyModel()));
  });

  it('refuses a file that is not a model, naming what it found', () => {
    expect(() => decodeModel(new TextEncoder().encode('PK\u0003\u0004 not a model'))).toThrow(/magic "PK/);
  });

  it('refuses a newer format version', () => {
    // Prepare
    const bytes = encodeModel(tinyModel());
    new DataView(bytes.buffer).setUint16(4, 99, true);

    // Act / Assess
    expect(() => decodeModel(bytes)).toThrow(/format version 99/);
  });

  it('refuses a truncated file', () => {
    const bytes = encodeModel(tinyModel());
    expect(() => decodeModel(bytes.subarray(0, bytes.length - 5))).toThrow(/weight bytes/);
  });
});
