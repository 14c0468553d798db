import { isModelGroup } from './groups';
import type { GroupParameters, TextModel } from './text-model';
import { checkTableShape, TABLE_WAYS } from './weight-table';

/**
 * The model file, little-endian:
 *   "LXTM" | u16 format version | u8 bucketBits, charMin, charMax, repeatCap | u8 setBits
 *   | u8 group count | per group: u8 name length, ASCII name | per group: f64 bias, scale, review, block
 *   | 32 bytes sha256 of the training data | int32 weight-table slots (2^setBits * TABLE_WAYS, see ./weight-table)
 * No timestamp or host detail goes in, so the same data always gives the same bytes.
 */
const MAGIC = 'LXTM';
export const MODEL_FORMAT_VERSION = 2;
const SHA256_BYTES = 32;

/** Serialises a model into the file format above. */
export const encodeModel = (model: TextModel): Uint8Array => {
  const names = model.groups.map((group) => new TextEncoder().encode(group));
  const { slots } = model.table;
  const headerLength = 4 + 2 + 4 + 1 + 1 + names.reduce((sum, name) => sum + 1 + name.length, 0) + model.groups.length * 32 + SHA256_BYTES;
  const bytes = new Uint8Array(headerLength + slots.length * 4);
  const view = new DataView(bytes.buffer);
  let offset = 0;
  const putByte = (value: number): void => view.setUint8(offset++, value);
  for (const char of MAGIC) putByte(char.charCodeAt(0));
  view.setUint16(offset, MODEL_FORMAT_VERSION, true);
  offset += 2;
  const { bucketBits, charMin, charMax, repeatCap } = model.features;
  [bucketBits, charMin, charMax, repeatCap, model.table.setBits, model.groups.length].forEach(putByte);
  for (const name of names) {
    putByte(name.length);
    bytes.set(name, offset);
    offset += name.length;
  }
  for (const { bias, scale, review, block } of model.parameters) {
    for (const value of [bias, scale, review, block]) {
      view.setFloat64(offset, value, true);
      offset += 8;
    }
  }
  bytes.set(Buffer.from(model.trainingDataSha256, 'hex'), offset);
  offset += SHA256_BYTES;
  slots.forEach((slot, k) => view.setInt32(offset + 4 * k, slot, true));
  return bytes;
};

/** Reads a model file, failing with what is wrong when it is not one this code can score with. */
export const decodeModel = (bytes: Uint8Array): TextModel => {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 0;
  const byte = (): number => view.getUint8(offset++);
  const magic = String.fromCharCode(byte(), byte(), byte(), byte());
  if (magic !== MAGIC) throw new Error(`not a text model file: magic ${JSON.stringify(magic)}`);
  const version = view.getUint16(offset, true);
  offset += 2;
  if (version !== MODEL_FORMAT_VERSION) throw new Error(`unsupported text model format version ${version} (this code reads ${MODEL_FORMAT_VERSION})`);
  const features = { bucketBits: byte(), charMin: byte(), charMax: byte(), repeatCap: byte() };
  const [setBits, groupCount] = [byte(), byte()];
  checkTableShape(features.bucketBits, setBits, groupCount);
  const groups = Array.from({ length: groupCount }, () => {
    const length = byte();
    const name = new TextDecoder().decode(bytes.subarray(offset, offset + length));
    offset += length;
    if (!isModelGroup(name)) throw new Error(`unknown model group ${JSON.stringify(name)}`);
    return name;
  });
  const parameters = groups.map((): GroupParameters => {
    const [bias, scale, review, block] = [0, 1, 2, 3].map((index) => view.getFloat64(offset + index * 8, true)) as [number, number, number, number];
    offset += 32;
    return { bias, scale, review, block };
  });
  const trainingDataSha256 = Buffer.from(bytes.subarray(offset, offset + SHA256_BYTES)).toString('hex');
  offset += SHA256_BYTES;
  const slotCount = 2 ** setBits * TABLE_WAYS;
  if (bytes.length - offset !== slotCount * 4) throw new Error(`text model file has ${bytes.length - offset} weight bytes, expected ${slotCount * 4}`);
  // Read slot by slot: `bytes` may be a view into a larger buffer (a Node Buffer usually is) at any alignment.
  const slots = Int32Array.from({ length: slotCount }, (_, k) => view.getInt32(offset + 4 * k, true));
  return { features, groups, parameters, trainingDataSha256, table: { setBits, slots } };
};
