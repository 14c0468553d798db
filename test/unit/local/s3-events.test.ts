import { describe, expect, it } from 'vitest';
import { encodeS3EventKey, toS3Notification } from '../../../infra/local/s3-events';

describe('AWS-shaped S3 notifications', () => {
  it('encodes keys the way S3 events do: spaces as +, a literal + escaped, slashes kept', () => {
    expect(encodeS3EventKey('uploads/moment/a b+c(1).jpg')).toBe('uploads/moment/a+b%2Bc%281%29.jpg');
  });

  it('writes eventVersion 2.1 and a well-formed bucket ARN', () => {
    const [record] = toS3Notification({ bucket: 'b', key: 'uploads/x.jpg', size: 3, eTag: 'e', eventName: 'ObjectCreated:Put', sourceIp: '127.0.0.1' }, 'us-east-1', 'cfg').Records;
    expect(record).toMatchObject({ eventVersion: '2.1', eventSource: 'aws:s3', s3: { bucket: { arn: 'arn:aws:s3:::b' }, object: { key: 'uploads/x.jpg', size: 3, eTag: 'e' } } });
    expect(record?.s3.object.sequencer).toMatch(/^[0-9A-F]+$/);
  });
});
